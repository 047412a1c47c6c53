package cl.sit.system;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ChileanNumbersTest {

    @Test
    void countsAgreeWithTheirNounAndGroupThousandsWithAPoint() {
        assertThat(ChileanNumbers.count(1, "error", "errores")).isEqualTo("1 error");
        assertThat(ChileanNumbers.count(0, "error", "errores")).isEqualTo("0 errores");
        assertThat(ChileanNumbers.count(1204, "proyecto", "proyectos")).isEqualTo("1.204 proyectos");
    }

    @Test
    void percentagesAndMetresAreWrittenAsInChile() {
        assertThat(ChileanNumbers.percent(0.165)).isEqualTo("16,5 %");
        assertThat(ChileanNumbers.percent(0.0001)).isEqualTo("menos de 0,1 %");
        assertThat(ChileanNumbers.metres(1240.4)).isEqualTo("1.240 m");
    }
}
