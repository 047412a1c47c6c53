package cl.sit.investment;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The SNI stage and status vocabularies, as an import reads them. */
class StagesTest {

    @Test
    void stagesAreReadWithoutCaseOrAccents() {
        assertThat(Stages.stage("EJECUCION")).contains("ejecución");
        assertThat(Stages.stage("DISEÑO")).contains("diseño");
        assertThat(Stages.stage("Diseno")).contains("diseño");
        assertThat(Stages.stage(" factibilidad ")).contains("factibilidad");
        assertThat(Stages.stage("Prefactibilidad")).contains("prefactibilidad");
        assertThat(Stages.stage("terminado")).isEmpty();
        assertThat(Stages.stage("soñado")).isEmpty();
    }

    @Test
    void statusIsItsOwnVocabulary() {
        assertThat(Stages.status("TERMINADO")).contains("terminado");
        assertThat(Stages.status("En Ejecucion")).contains("en ejecución");
        assertThat(Stages.status("diseño")).isEmpty();
        assertThat(Stages.isStatus("Terminado")).isTrue();
    }

    @Test
    void stagesSortByTheProjectCycleNotAlphabetically() {
        List<String> stages = new ArrayList<>(
                List.of("perfil", "ejecución", "diseño", "idea", "factibilidad", "prefactibilidad", "otra"));
        stages.sort(Stages.CYCLE);
        assertThat(stages)
                .containsExactly("idea", "perfil", "prefactibilidad", "factibilidad", "diseño", "ejecución", "otra");
    }
}
