package cl.sit.editing;

import java.util.List;

/** A submitted feature (or batch, or import) is not valid: nothing was written; every problem is listed. */
public class FeatureRejected extends RuntimeException {

    private final List<FeatureProblem> problems;

    public FeatureRejected(List<FeatureProblem> problems) {
        super(problems.size() + " problemas");
        this.problems = List.copyOf(problems);
    }

    public List<FeatureProblem> problems() {
        return problems;
    }
}
