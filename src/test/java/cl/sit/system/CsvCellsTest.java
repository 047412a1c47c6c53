package cl.sit.system;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class CsvCellsTest {

    @Test
    void formulaLikeCellsGetAnApostrophe() {
        assertThat(CsvCells.safe("=HYPERLINK(\"http://x\")")).isEqualTo("'=HYPERLINK(\"http://x\")");
        assertThat(CsvCells.safe("+56 9 1234")).isEqualTo("'+56 9 1234");
        assertThat(CsvCells.safe("-1")).isEqualTo("'-1");
        assertThat(CsvCells.safe("@SUM(A1)")).isEqualTo("'@SUM(A1)");
        assertThat(CsvCells.safe("\tx")).isEqualTo("'\tx");
    }

    @Test
    void ordinaryCellsAreKept() {
        assertThat(CsvCells.safe("Río Bueno")).isEqualTo("Río Bueno");
        assertThat(CsvCells.safe("")).isEmpty();
        assertThat(CsvCells.safe(null)).isNull();
    }
}
