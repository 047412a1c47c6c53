package cl.sit.support;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.junit.jupiter.api.extension.ConditionEvaluationResult;
import org.junit.jupiter.api.extension.ExecutionCondition;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * Runs a test class only when {@code SIT_TEST_POSTGIS_URL} is set. Without it the class is skipped (reported
 * as skipped) on a developer's machine, and fails in CI ({@code CI=true}). Evaluated before any Spring context
 * is started, so a missing PostGIS never falls back to another database.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@ExtendWith(RequiresPostgis.Condition.class)
public @interface RequiresPostgis {

    /** The condition behind the annotation. */
    class Condition implements ExecutionCondition {

        @Override
        public ConditionEvaluationResult evaluateExecutionCondition(ExtensionContext context) {
            if (PostgisTestDatabase.url() != null) {
                return ConditionEvaluationResult.enabled("PostGIS at " + PostgisTestDatabase.URL_VARIABLE);
            }
            if (Ci.isCi()) {
                throw new IllegalStateException(PostgisTestDatabase.URL_VARIABLE
                        + " is not set, but CI=true requires the PostGIS tests to run");
            }
            return ConditionEvaluationResult.disabled(PostgisTestDatabase.URL_VARIABLE
                    + " is not set: PostGIS tests skipped (run scripts/postgis-dev.sh and export it)");
        }
    }
}
