package cl.sit.investment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Chilean numbers and the unit of amounts, as an import reads them. */
class AmountsTest {

    @Test
    void chileanNumbersUseADotForThousandsAndACommaForDecimals() {
        assertThat(Amounts.number("150.000")).isEqualByComparingTo("150000");
        assertThat(Amounts.number("1.234.567,89")).isEqualByComparingTo("1234567.89");
        assertThat(Amounts.number("45000,5")).isEqualByComparingTo("45000.5");
        assertThat(Amounts.number("250000")).isEqualByComparingTo("250000");
        assertThat(Amounts.number(" $ 1.000 ")).isEqualByComparingTo("1000");
        assertThat(Amounts.number("1\u00a0000")).isEqualByComparingTo("1000");
    }

    @Test
    void aDotThatIsNotAThousandsSeparatorIsAmbiguousAndRefused() {
        for (String text : List.of(
                "150.5",
                "45000.5",
                "1.50",
                "1.0000",
                "12.34.567",
                "1,234.5",
                "1.234,5.6",
                "150,000.00",
                "-5",
                "",
                "mucho",
                "1,2,3",
                "1e9",
                ".5",
                "5.")) {
            assertThatThrownBy(() -> Amounts.number(text)).as(text).isInstanceOf(IllegalArgumentException.class);
        }
    }

    @Test
    void jsonNumbersReadBackAsTheSameNumber() {
        assertThat(Amounts.number(ProjectRows.text(45000.5))).isEqualByComparingTo("45000.5");
        assertThat(Amounts.number(ProjectRows.text(1.0E15))).isEqualByComparingTo("1000000000000000");
        assertThat(Amounts.number(ProjectRows.text(150_000L))).isEqualByComparingTo("150000");
        assertThat(ProjectRows.text(2024.0)).isEqualTo("2024");
        assertThat(ProjectRows.text("150.5")).isEqualTo("150.5");
    }

    @Test
    void theHeaderDeclaresTheUnit() {
        assertThat(Amounts.Unit.ofHeader("ebi_costo_total (m$)")).contains(Amounts.Unit.MILES);
        assertThat(Amounts.Unit.ofHeader("ebi_costo_total (miles de $)")).contains(Amounts.Unit.MILES);
        assertThat(Amounts.Unit.ofHeader("costo_total_miles")).contains(Amounts.Unit.MILES);
        assertThat(Amounts.Unit.ofHeader("costo_total ($)")).contains(Amounts.Unit.PESOS);
        assertThat(Amounts.Unit.ofHeader("costo_total_clp")).contains(Amounts.Unit.PESOS);
        assertThat(Amounts.Unit.ofHeader("costo_total (mm$)")).contains(Amounts.Unit.MILLONES);
        assertThat(Amounts.Unit.ofHeader("ebi_costo_total")).isEqualTo(Optional.empty());
        assertThat(Amounts.Unit.ofOption("miles")).contains(Amounts.Unit.MILES);
        assertThat(Amounts.Unit.ofOption("M$")).contains(Amounts.Unit.MILES);
        assertThat(Amounts.Unit.ofOption("pesos")).contains(Amounts.Unit.PESOS);
        assertThat(Amounts.Unit.ofOption("docenas")).isEmpty();
        assertThat(Amounts.Unit.MILES.clp(new BigDecimal("150000"))).isEqualByComparingTo("150000000");
    }

    @Test
    void aCostColumnIsOnlyACostColumn() {
        assertThat(Amounts.isCostColumn("ebi_costo_total (m$)")).isTrue();
        assertThat(Amounts.isCostColumn("costo_total_clp")).isTrue();
        assertThat(Amounts.isCostColumn("costo_total_miles")).isTrue();
        assertThat(Amounts.isCostColumn("ebi_codigo")).isFalse();
        assertThat(Amounts.isCostColumn("costo_unitario")).isFalse();
    }
}
