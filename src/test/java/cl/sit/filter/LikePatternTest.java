package cl.sit.filter;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.Random;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class LikePatternTest {

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            quoteCharacter = '`',
            value = {
                "Valdivia|Val%|true",
                "Valdivia|%via|true",
                "Valdivia|V_ldivia|true",
                "Valdivia|%l%i%|true",
                "Valdivia|Val|false",
                "Valdivia|%x%|false",
                "100%|100\\%|true",
                "1000|100\\%|false",
                "a_b|a\\_b|true",
                "axb|a\\_b|false",
                "a\\b|a\\\\b|true",
                "``|%|true",
                "``|_|false",
                "ñandú|_andú|true",
                "𝄞x|_x|true",
                "abcabd|%abd|true",
                "aaa|%a%a%a%|true",
                "aa|%a%a%a%|false"
            })
    void matchesLikeCql2Says(String value, String pattern, boolean expected) {
        assertThat(LikePattern.matches(value, pattern)).isEqualTo(expected);
    }

    /** Against java.util.regex on many small random cases: the same answers. */
    @Test
    void agreesWithARegularExpression() {
        Random random = new Random(42);
        for (int n = 0; n < 20_000; n++) {
            String value = random(random, "ab", 8);
            String pattern = random(random, "ab%_", 6);
            assertThat(LikePattern.matches(value, pattern))
                    .as(value + " LIKE " + pattern)
                    .isEqualTo(regex(pattern).matcher(value).matches());
        }
    }

    @Test
    @Timeout(2)
    void theWorstPatternTakesNoTime() {
        String value = "a".repeat(10_000);
        long start = System.nanoTime();
        assertThat(LikePattern.matches(value, "%a%a%a%a%a%a%a%a%a%a%a%a%b")).isFalse();
        assertThat(LikePattern.matches(value, "%a_a%a%" + "_".repeat(100) + "%a"))
                .isTrue();
        assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofMillis(500));
    }

    @Test
    void patternsAreBounded() {
        LikePattern.check("%" + "a".repeat(LikePattern.MAX_LENGTH - 2) + "%");
        LikePattern.check("%%a%%%b%%");
        LikePattern.check("%a\\%b\\%c\\%d%e%");
        assertThatThrownBy(() -> LikePattern.check("a".repeat(LikePattern.MAX_LENGTH + 1)))
                .isInstanceOf(InvalidFilter.class)
                .hasMessageContaining("más de 256 caracteres");
        assertThatThrownBy(() -> LikePattern.check("%a%a%a%b"))
                .isInstanceOf(InvalidFilter.class)
                .hasMessageContaining("4 comodines '%'");
    }

    @Test
    void sqlPatternsWriteEachRunOfWildcardsOnce() {
        assertThat(LikePattern.sql("%%a%%%b\\%%")).isEqualTo("%a%b\\%%");
        assertThat(LikePattern.sql("a\\\\%%b\\x")).isEqualTo("a\\\\%bx");
    }

    private static String random(Random random, String alphabet, int maxLength) {
        StringBuilder sb = new StringBuilder();
        for (int i = random.nextInt(maxLength + 1); i > 0; i--) {
            sb.append(alphabet.charAt(random.nextInt(alphabet.length())));
        }
        return sb.toString();
    }

    private static Pattern regex(String like) {
        return Pattern.compile(like.replace("%", ".*").replace("_", "."), Pattern.DOTALL);
    }
}
