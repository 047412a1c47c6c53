package cl.sit.layer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class ValidityTest {

    private static final LocalDate SPLIT = LocalDate.of(2007, 10, 2);

    @Test
    void theEndOfAPeriodIsExclusive() {
        assertThat(Validity.on(SPLIT.minusDays(1)).includes(null, SPLIT)).isTrue();
        assertThat(Validity.on(SPLIT).includes(null, SPLIT)).isFalse();
        assertThat(Validity.on(SPLIT).includes(SPLIT, null)).isTrue();
        assertThat(Validity.on(SPLIT.minusDays(1)).includes(SPLIT, null)).isFalse();
    }

    @Test
    void anIntervalSelectsEveryPeriodItTouches() {
        Validity years = new Validity(LocalDate.of(2005, 1, 1), LocalDate.of(2008, 1, 1));
        assertThat(years.includes(null, SPLIT)).isTrue();
        assertThat(years.includes(SPLIT, null)).isTrue();
        assertThat(years.includes(LocalDate.of(2009, 1, 1), null)).isFalse();
        assertThat(new Validity(null, LocalDate.of(2006, 1, 1)).includes(SPLIT, null))
                .isFalse();
        assertThat(new Validity(SPLIT, null).includes(null, SPLIT)).isFalse();
        assertThat(new Validity(null, null).includes(SPLIT, null)).isTrue();
    }

    @Test
    void sqlBindsTheDaysInOrder() {
        List<Object> params = new ArrayList<>();
        String sql = new Validity(LocalDate.of(2005, 1, 1), LocalDate.of(2008, 1, 1)).sql(params);
        assertThat(sql)
                .isEqualTo("(1 = 1 AND (\"vigente_desde\" IS NULL OR \"vigente_desde\" <= ?)"
                        + " AND (\"vigente_hasta\" IS NULL OR \"vigente_hasta\" > ?))");
        assertThat(params).containsExactly(LocalDate.of(2008, 1, 1), LocalDate.of(2005, 1, 1));
        assertThatThrownBy(() -> new Validity(SPLIT, SPLIT.minusDays(1))).isInstanceOf(IllegalArgumentException.class);
    }
}
