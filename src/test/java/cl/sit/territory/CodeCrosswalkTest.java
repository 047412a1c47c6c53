package cl.sit.territory;

import static org.assertj.core.api.Assertions.assertThat;

import cl.sit.territory.CodeCrosswalk.CommuneCodes;
import cl.sit.territory.CodeCrosswalk.Entry;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class CodeCrosswalkTest {

    private static final LocalDate SPLIT = LocalDate.of(2007, 10, 2);

    private static Entry entry(String from, String to, String level, String kind) {
        return new Entry(from, FormerUnit.formerId(from, SPLIT), to, "x", level, kind, SPLIT, "test");
    }

    private final CommuneCodes codes = new CommuneCodes(
            Set.of("14101", "10101"),
            List.of(
                    entry("10501", "14101", Territory.COMMUNE, "recodificacion"),
                    entry("10101", "14101", Territory.COMMUNE, "recodificacion"),
                    entry("10599", "14101", Territory.COMMUNE, "division"),
                    entry("10599", "14102", Territory.COMMUNE, "division"),
                    entry("105", "141", Territory.PROVINCE, "division")));

    @Test
    void anOldCodeMapsToTheCommuneThatReplacedIt() {
        assertThat(codes.mapped("10501")).map(Entry::codigoNuevo).hasValue("14101");
    }

    @Test
    void aCodeInForceKeepsTodaysMeaningEvenIfItWasUsedBefore() {
        assertThat(codes.inForce("10101")).isTrue();
        assertThat(codes.mapped("10101")).isEmpty();
    }

    @Test
    void aCodeSplitInSeveralCommunesOrNotACommuneIsNotMapped() {
        assertThat(codes.mapped("10599")).isEmpty();
        assertThat(codes.mapped("105")).isEmpty();
        assertThat(codes.mapped("99999")).isEmpty();
    }

    @Test
    void aFormerUnitIsNamedByItsCodeAndTheDayItEnded() {
        assertThat(FormerUnit.formerId("10", SPLIT)).isEqualTo("10@..2007-10-02");
        assertThat(new FormerUnit("10", "10", "Los Lagos", Territory.REGION, null, SPLIT, null, "").former())
                .isFalse();
    }
}
