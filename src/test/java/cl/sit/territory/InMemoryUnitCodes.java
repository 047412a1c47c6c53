package cl.sit.territory;

import java.util.List;
import java.util.Map;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;

/**
 * The units of the slice tests that filter by territory: Valdivia and Corral, their province and region, and a
 * custom territory of Valdivia alone. Any other code is unknown (the real lookup is tested on both databases by the
 * ITs); the error it gives is the application's ({@link UnitCodes#require}).
 */
@TestConfiguration(proxyBeanMethods = false)
public class InMemoryUnitCodes {

    public static final String VALDIVIA = "14101";
    public static final String CORRAL = "14102";
    public static final String PROVINCE = "141";
    public static final String CUSTOM = "asociacion-norte";

    static final Map<String, List<String>> UNITS = Map.of(
            VALDIVIA,
            List.of(VALDIVIA),
            CORRAL,
            List.of(CORRAL),
            PROVINCE,
            List.of(VALDIVIA, CORRAL),
            "14",
            List.of(VALDIVIA, CORRAL),
            CUSTOM,
            List.of(VALDIVIA));

    @Bean
    UnitCodes unitCodes() {
        return new UnitCodes() {
            @Override
            public List<String> communes(String code) {
                return UNITS.getOrDefault(code, List.of());
            }

            @Override
            public boolean exists(String code) {
                return UNITS.containsKey(code);
            }
        };
    }
}
