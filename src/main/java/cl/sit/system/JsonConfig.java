package cl.sit.system;

import org.springframework.boot.jackson.autoconfigure.JsonMapperBuilderCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import tools.jackson.core.StreamWriteFeature;
import tools.jackson.databind.module.SimpleModule;

/**
 * JSON output settings. Coordinates are most of what SIT writes, and on Java 17 {@code Double.toString} was 30 %
 * of the CPU time of a commune polygon's response: Jackson's Schubfach writer gives the shortest decimal that reads
 * back to the same double (the same as {@code Double.toString} for almost every value) much faster. Input: no
 * string may carry NUL ({@link NulCharacters}).
 */
@Configuration(proxyBeanMethods = false)
class JsonConfig {

    @Bean
    JsonMapperBuilderCustomizer fastDoubles() {
        return builder -> builder.enable(StreamWriteFeature.USE_FAST_DOUBLE_WRITER);
    }

    @Bean
    JsonMapperBuilderCustomizer noNulCharacters() {
        return builder -> builder.nodeFactory(new NulCharacters.Nodes())
                .addModule(new SimpleModule("sit-no-nul").addDeserializer(String.class, new NulCharacters.Strings()));
    }
}
