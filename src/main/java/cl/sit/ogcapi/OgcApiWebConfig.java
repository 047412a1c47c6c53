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

    OgcApiWebConfig(JsonMapper mapper, ITemplateEngine templates) {
        this.mapper = mapper;
        this.templates = templates;
    }

    @Override
    public void configureMessageConverters(HttpMessageConverters.ServerBuilder builder) {
        builder.addCustomConverter(new GeoJsonConverter(mapper));
        builder.addCustomConverter(new HtmlConverter(templates));
    }
}
