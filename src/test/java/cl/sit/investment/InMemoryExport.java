package cl.sit.investment;

import cl.sit.system.CsvDownload;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;

/**
 * A stand-in for the export's files: it writes back the filter and form it was asked for (one line, CSV; or a
 * FeatureCollection whose {@code filtro} says it), which is what the slice checks. The real files (columns, formula
 * safety, geometry) are tested on both databases by the ITs.
 */
@TestConfiguration(proxyBeanMethods = false)
class InMemoryExport {

    @Bean
    ProjectFiles projectFiles() {
        return new ProjectFiles() {
            @Override
            public void csv(ProjectExport.Filter f, CsvDownload.Form form, OutputStream out) {
                PrintStream print = new PrintStream(out, true, StandardCharsets.UTF_8);
                print.print(form + ";" + f);
                print.flush();
            }

            @Override
            public void geojson(ProjectExport.Filter f, OutputStream out) {
                PrintStream print = new PrintStream(out, true, StandardCharsets.UTF_8);
                print.print("{\"type\":\"FeatureCollection\",\"features\":[],\"filtro\":\"" + f + "\"}");
                print.flush();
            }
        };
    }
}
