package cl.sit.system;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import org.junit.jupiter.api.Test;

class RenamedParametersTest {

    @Test
    void anOldNameBecomesTheNewOne() {
        Map<String, String[]> resolved = RenamedParameters.resolve(
                Map.of("from", new String[] {"2010"}, "hasta", new String[] {"2020"}), RenamedParameters.PERIOD);
        assertThat(resolved).containsOnlyKeys("desde", "hasta");
        assertThat(resolved.get("desde")).containsExactly("2010");
    }

    @Test
    void newNamesPassUntouched() {
        Map<String, String[]> params = Map.of("desde", new String[] {"2010"});
        assertThat(RenamedParameters.resolve(params, RenamedParameters.PERIOD)).isSameAs(params);
    }

    @Test
    void bothNamesWithTheSameValueAreFine() {
        Map<String, String[]> resolved = RenamedParameters.resolve(
                Map.of("from", new String[] {"2010"}, "desde", new String[] {"2010"}), RenamedParameters.PERIOD);
        assertThat(resolved).containsOnlyKeys("desde");
    }

    @Test
    void bothNamesWithDifferentValuesAreA400() {
        assertThatThrownBy(() -> RenamedParameters.resolve(
                Map.of("from", new String[] {"2010"}, "desde", new String[] {"2011"}), RenamedParameters.PERIOD))
                .isInstanceOfSatisfying(ApiException.class, e -> {
                    assertThat(e.status().value()).isEqualTo(400);
                    assertThat(e.code()).isEqualTo("InvalidParameter");
                    assertThat(e.getMessage()).contains("'from'", "'desde'");
                });
    }
}
