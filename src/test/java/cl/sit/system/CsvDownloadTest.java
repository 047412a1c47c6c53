package cl.sit.system;

import static cl.sit.system.CsvDownload.column;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class CsvDownloadTest {

    private static final List<CsvDownload.Column> COLUMNS = List.of(
            column("name", "Nombre"),
            column("area_km2", "Superficie (km²)"),
            column("total_clp", "Total ($)"),
            column("ok", "Vigente"),
            column("share", "Proporción"));
    private static final List<List<?>> ROWS = List.of(
            Arrays.asList("Valdivia; \"centro\"", CsvDownload.decimal(1015.6049, 3), 12_345_678_901L, true, 0.25),
            Arrays.asList("=HIPERVINCULO(\"x\")", null, 0, false, null));

    @Test
    void theSpreadsheetFormHasABomSemicolonsDecimalCommasAndSpanishTitles() {
        String csv = CsvDownload.write(CsvDownload.Form.SPREADSHEET, COLUMNS, ROWS);
        assertThat(csv)
                .isEqualTo("\uFEFFNombre;Superficie (km²);Total ($);Vigente;Proporción\r\n"
                        + "\"Valdivia; \"\"centro\"\"\";1015,605;12345678901;sí;0,25\r\n"
                        + "\"'=HIPERVINCULO(\"\"x\"\")\";;0;no;\r\n");
    }

    @Test
    void theDataFormIsRfc4180WithTheStableNames() {
        String csv = CsvDownload.write(CsvDownload.Form.DATA, COLUMNS, ROWS);
        assertThat(csv)
                .isEqualTo("name,area_km2,total_clp,ok,share\r\n"
                        + "\"Valdivia; \"\"centro\"\"\",1015.605,12345678901,true,0.25\r\n"
                        + "\"'=HIPERVINCULO(\"\"x\"\")\",,0,false,\r\n");
    }

    @Test
    void theFormIsChosenByFormato() {
        assertThat(CsvDownload.Form.of(null)).isEqualTo(CsvDownload.Form.SPREADSHEET);
        assertThat(CsvDownload.Form.of("excel")).isEqualTo(CsvDownload.Form.SPREADSHEET);
        assertThat(CsvDownload.Form.of("csv")).isEqualTo(CsvDownload.Form.DATA);
        assertThatThrownBy(() -> CsvDownload.Form.of("xls"))
                .isInstanceOf(ApiException.class)
                .hasMessageContaining("formato");
    }
}
