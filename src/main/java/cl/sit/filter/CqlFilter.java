package cl.sit.filter;

import cl.sit.layer.Feature;
import cl.sit.layer.FeatureFilter;
import cl.sit.layer.Layer;
import java.util.List;

/**
 * A CQL2 filter checked against one layer: translated to SQL for the database, evaluated with JTS in memory. Its
 * {@code expr} has its temporal predicates already lowered to comparisons ({@link TemporalPredicates}).
 */
record CqlFilter(Expr expr, Layer layer) implements FeatureFilter {

    @Override
    public String sql(List<Object> parameters) {
        return FilterSql.sql(expr, layer, parameters);
    }

    @Override
    public boolean test(Feature feature) {
        return Boolean.TRUE.equals(FilterEvaluator.eval(expr, feature));
    }
}
