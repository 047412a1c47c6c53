package cl.sit.regionalization;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

/** Shares aged 0–14 and 65+, and the dependency ratio, from five-year groups. */
class AgeStructureTest {

    @Test
    void groupsFallIntoUnder15From15To64And65OrMore() {
        AgeStructure a = new AgeStructure();
        for (int first = 0; first <= 100; first += 5) {
            a.add(first, first < 15 ? 10 : first < 65 ? 10 : 5); // 30 young, 100 aged 15–64, 40 old
        }
        assertThat(a.total()).isEqualTo(170);
        assertThat(a.shareYoung()).isCloseTo(100 * 30 / 170.0, within(1e-12));
        assertThat(a.shareOld()).isCloseTo(100 * 40 / 170.0, within(1e-12));
        assertThat(a.dependency()).isCloseTo(70, within(1e-12));
    }

    @Test
    void valdiviaInTheCensus2017() {
        // 30,960 aged 0–14, 116,307 aged 15–64, 18,813 aged 65+ (data/los-rios, both sexes).
        AgeStructure a = new AgeStructure();
        a.add(0, 30_960);
        a.add(15, 116_307);
        a.add(65, 18_813);
        assertThat(a.shareYoung()).isCloseTo(18.6416, within(1e-4));
        assertThat(a.shareOld()).isCloseTo(11.3277, within(1e-4));
        assertThat(a.dependency()).isCloseTo(42.7945, within(1e-4));
    }

    @Test
    void noPeopleIsNoValueNeverZero() {
        AgeStructure none = new AgeStructure();
        assertThat(none.shareYoung()).isNaN();
        assertThat(none.shareOld()).isNaN();
        assertThat(none.dependency()).isNaN();
        AgeStructure retired = new AgeStructure();
        retired.add(70, 12);
        assertThat(retired.shareOld()).isEqualTo(100);
        assertThat(retired.dependency()).as("nobody aged 15–64").isNaN();
    }
}
