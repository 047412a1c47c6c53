package cl.sit.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Comparator;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class ErrorCodeTest {

    @Test
    void eachCodeAndStatusIsListedOnce() {
        assertThat(Arrays.stream(ErrorCode.values())
                        .map(c -> c.code() + " " + c.status().value()))
                .doesNotHaveDuplicates();
    }

    @Test
    void aCodeIsAWordInUpperCamelCase() {
        assertThat(ErrorCode.values()).allSatisfy(c -> assertThat(c.code()).matches("[A-Z][A-Za-z]+"));
    }

    @Test
    void theExceptionCarriesCodeAndStatus() {
        ApiException e = ErrorCode.NO_TILES.exception("sin teselas");
        assertThat(e.code()).isEqualTo("NoGeometry");
        assertThat(e.status().value()).isEqualTo(404);
        assertThat(e.getMessage()).isEqualTo("sin teselas");
    }

    /** The table in docs/api.md is this one; on a failure, paste the expected table there. */
    @Test
    void docsListEveryCode() throws IOException {
        String docs = Files.readString(Path.of("docs/api.md"));
        assertThat(docs).contains(table());
    }

    private static String table() {
        return Arrays.stream(ErrorCode.values())
                .sorted(Comparator.comparing((ErrorCode c) -> c.status().value())
                        .thenComparing(ErrorCode::code))
                .map(c -> "| `" + c.code() + "` | " + c.status().value() + " | `" + c.name() + "` |\n")
                .collect(Collectors.joining("", "| Code | Status | Constant |\n|---|---|---|\n", ""));
    }
}
