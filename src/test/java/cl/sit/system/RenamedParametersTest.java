package cl.sit.system;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;

class RenamedParametersTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void anOldNameBecomesTheNewOne() {
        Map<String, String[]> resolved = RenamedParameters.resolve(
                Map.of("from", new String[] {"2010"}, "hasta", new String[] {"2020"}), RenamedParameters.Group.PERIOD);
        assertThat(resolved).containsOnlyKeys("desde", "hasta");
        assertThat(resolved.get("desde")).containsExactly("2010");
    }

    @Test
    void newNamesPassUntouched() {
        Map<String, String[]> params = Map.of("desde", new String[] {"2010"});
        assertThat(RenamedParameters.resolve(params, RenamedParameters.Group.PERIOD))
                .isSameAs(params);
    }

    @Test
    void bothNamesWithTheSameValueAreFine() {
        Map<String, String[]> resolved = RenamedParameters.resolve(
                Map.of("from", new String[] {"2010"}, "desde", new String[] {"2010"}), RenamedParameters.Group.PERIOD);
        assertThat(resolved).containsOnlyKeys("desde");
    }

    @Test
    void bothNamesWithDifferentValuesAreA400() {
        assertThatThrownBy(() -> RenamedParameters.resolve(
                        Map.of("from", new String[] {"2010"}, "desde", new String[] {"2011"}),
                        RenamedParameters.Group.PERIOD))
                .isInstanceOfSatisfying(ApiException.class, e -> {
                    assertThat(e.status().value()).isEqualTo(400);
                    assertThat(e.code()).isEqualTo("InvalidParameter");
                    assertThat(e.getMessage()).contains("'from'", "'desde'");
                });
    }

    @Test
    void anOldBodyMemberBecomesTheNewOne() {
        JsonNode body = JSON.readTree("{\"layer\": \"a21-vialidad\", \"estado\": \"revision\", \"cut\": \"14101\"}");
        JsonNode resolved = RenamedParameters.fields(body, Map.of("layer", "capa", "status", "estado"));
        assertThat(resolved.has("layer")).isFalse();
        assertThat(resolved.get("capa").asString()).isEqualTo("a21-vialidad");
        assertThat(resolved.get("estado").asString()).isEqualTo("revision");
        assertThat(body.has("layer")).as("the request's body is left as it was").isTrue();
        JsonNode same = JSON.readTree("{\"capa\": \"x\", \"layer\": \"x\"}");
        assertThat(RenamedParameters.fields(same, Map.of("layer", "capa")).toString())
                .isEqualTo("{\"capa\":\"x\"}");
    }

    @Test
    void bothBodyMembersWithDifferentValuesAreA400() {
        JsonNode body = JSON.readTree("{\"capa\": \"a\", \"layer\": \"b\"}");
        assertThatThrownBy(() -> RenamedParameters.fields(body, Map.of("layer", "capa")))
                .isInstanceOfSatisfying(ApiException.class, e -> {
                    assertThat(e.code()).isEqualTo("InvalidBody");
                    assertThat(e.getMessage()).contains("'layer' es el nombre antiguo de 'capa'");
                });
    }
}
