package cl.sit.editing;

import cl.sit.system.ChileanNumbers;
import cl.sit.system.ErrorCode;
import cl.sit.system.InputRejected;
import java.util.List;

/** A submitted feature (or batch, or import) is not valid: nothing was written; every problem is listed (422). */
public class FeatureRejected extends InputRejected {

    private final List<FeatureProblem> problems;

    public FeatureRejected(List<FeatureProblem> problems) {
        super(
                ErrorCode.INVALID_FEATURE,
                "Hay " + ChileanNumbers.count(problems.size(), "problema", "problemas")
                        + " en los datos enviados; no se guardó nada",
                problems);
        this.problems = List.copyOf(problems);
    }

    public List<FeatureProblem> problems() {
        return problems;
    }
}
