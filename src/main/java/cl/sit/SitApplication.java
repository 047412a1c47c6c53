package cl.sit;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

/** SIT, Sistema de Información Territorial: entry point. */
@SpringBootApplication
@ConfigurationPropertiesScan
public class SitApplication {

    public static void main(String[] args) {
        SpringApplication.run(SitApplication.class, args);
    }
}
