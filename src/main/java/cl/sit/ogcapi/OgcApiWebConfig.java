package cl.sit.ogcapi;

import org.springframework.context.annotation.Configuration;
import org.springframework.http.converter.HttpMessageConverters;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import org.thymeleaf.ITemplateEngine;
import tools.jackson.databind.json.JsonMapper;

/** Registers the GeoJSON and HTML encodings ahead of the default JSON one. */
@Configuration(proxyBeanMethods = false)
class OgcApiWebConfig implements WebMvcConfigurer {

    private final JsonMapper mapper;
    private final ITemplateEngine templates;
    private final ItemBodyCache bodies;

    OgcApiWebConfig(JsonMapper mapper, ITemplateEngine templates, ItemBodyCache bodies) {
        this.mapper = mapper;
        this.templates = templates;
        this.bodies = bodies;
    }

    @Override
    public void configureMessageConverters(HttpMessageConverters.ServerBuilder builder) {
        builder.addCustomConverter(new GeoJsonConverter(mapper, bodies));
        builder.addCustomConverter(new HtmlConverter(templates));
    }
}
