package cl.sit.profile;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Chilean Spanish number formats of the profile page. */
class ProfileViewTest {

    private final ProfileView view = ProfileView.of(null);

    @Test
    void thousandsWithADotAndDecimalsWithAComma() {
        assertThat(view.integer(184440)).isEqualTo("184.440");
        assertThat(view.decimal(951.617, 1)).isEqualTo("951,6");
        assertThat(view.integer(null)).isEqualTo("—");
    }

    @Test
    void amountsInMillionsOfPesos() {
        assertThat(view.millions(55_834_384_663.4)).isEqualTo("MM$ 55.834");
        assertThat(view.millions(58_673_166)).isEqualTo("MM$ 58,7");
        assertThat(view.pesos(315_151.34)).isEqualTo("$ 315.151");
        assertThat(view.pesos(null)).isEqualTo("—");
    }

    @Test
    void percentagesKeepSmallSharesVisible() {
        assertThat(view.percent(41.326)).isEqualTo("41,3 %");
        assertThat(view.percent(0.042)).isEqualTo("0,04 %");
        assertThat(view.percent(0)).isEqualTo("0,0 %");
        assertThat(view.share(0.9819)).isEqualTo("98,2 %");
        assertThat(view.hectares(12.822)).isEqualTo("1.282 ha");
    }

    @Test
    void levelNames() {
        assertThat(ProfileView.levelLabel("comuna")).isEqualTo("Comuna");
        assertThat(ProfileView.levelLabel("region")).isEqualTo("Región");
        assertThat(ProfileView.levelLabel("personalizado")).isEqualTo("Territorio personalizado");
    }
}
