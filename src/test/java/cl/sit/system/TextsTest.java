package cl.sit.system;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class TextsTest {

    @Test
    void loneSurrogatesAreFoundAndPairsAreNot() {
        assertThat(Texts.hasLoneSurrogate("Río Calle-Calle 🌊")).isFalse();
        assertThat(Texts.hasLoneSurrogate("")).isFalse();
        assertThat(Texts.hasLoneSurrogate("a\ud800b")).isTrue();
        assertThat(Texts.hasLoneSurrogate("fin \ud83c")).isTrue();
        assertThat(Texts.hasLoneSurrogate("\udc00 al inicio")).isTrue();
        assertThat(Texts.hasLoneSurrogate("\udc00\ud800")).isTrue();
    }
}
