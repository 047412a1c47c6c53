package cl.sit.support;

import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Assumptions;

/**
 * What a test does when something it needs (PostGIS, Chromium, ogrinfo) is missing: on a developer's machine a
 * visible skip; in CI ({@code CI=true}) a failure, so a green build always means the test really ran.
 */
public final class Ci {

    private Ci() {}

    public static boolean isCi() {
        return "true".equalsIgnoreCase(System.getenv("CI"));
    }

    /** Skips (or fails, in CI) unless {@code available}. */
    public static void require(boolean available, String what) {
        if (available) {
            return;
        }
        if (isCi()) {
            Assertions.fail(what + " is required in CI (CI=true) but is not available");
        }
        Assumptions.abort(what + " is not available: skipped (set it up to run this test; CI requires it)");
    }
}
