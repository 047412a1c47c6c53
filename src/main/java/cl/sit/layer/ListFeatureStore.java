package cl.sit.layer;

import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.locationtech.jts.geom.Envelope;

/**
 * A {@link FeatureStore} over features already in memory (a layer rebuilt from its history), applying the same
 * query semantics as the database: bbox intersection, equality filters, owners, the filter, order (sort keys with
 * NULLs last ascending and first descending, then the id), page.
 */
public final class ListFeatureStore implements FeatureStore {

    private final List<Feature> features;

    public ListFeatureStore(List<Feature> features) {
        this.features = List.copyOf(features);
    }

    @Override
    public long count(Layer layer, FeatureQuery query) {
        return matching(query).count();
    }

    @Override
    public int forEach(Layer layer, FeatureQuery query, Consumer<Feature> sink) {
        List<Feature> page = matching(query)
                .sorted(order(query))
                .skip(query.offset())
                .limit(query.limit())
                .toList();
        page.forEach(sink);
        return page.size();
    }

    @Override
    public Optional<Feature> findById(Layer layer, String id) {
        return features.stream().filter(f -> f.id().toString().equals(id)).findFirst();
    }

    @Override
    public Optional<Envelope> extent(Layer layer, Set<String> owners) {
        Envelope e = new Envelope();
        features.stream()
                .filter(f -> owners == null
                        || owners.contains((String) f.properties().get(Layer.OWNER_COLUMN)))
                .forEach(f -> e.expandToInclude(f.geometry().getEnvelopeInternal()));
        return e.isNull() ? Optional.empty() : Optional.of(e);
    }

    @Override
    public boolean anyIllustrative(Layer layer) {
        return layer.illustrative()
                || features.stream()
                        .anyMatch(f -> Boolean.TRUE.equals(f.properties().get(Layer.ILLUSTRATIVE_COLUMN)));
    }

    private Stream<Feature> matching(FeatureQuery query) {
        return features.stream()
                .filter(f -> query.bbox() == null
                        || (f.geometry() != null
                                && f.geometry()
                                        .intersects(f.geometry().getFactory().toGeometry(query.bbox()))))
                .filter(f -> query.area() == null
                        || (f.geometry() != null && f.geometry().intersects(query.area())))
                .filter(f -> query.equalTo().entrySet().stream()
                        .allMatch(e -> Objects.equals(f.properties().get(e.getKey()), e.getValue())))
                .filter(f -> query.owners() == null
                        || query.owners().contains((String) f.properties().get(Layer.OWNER_COLUMN)))
                .filter(f -> query.filter() == null || query.filter().test(f))
                .filter(f -> query.validity() == null || query.validity().includes(f.properties()));
    }

    private static Comparator<Feature> order(FeatureQuery query) {
        Comparator<Feature> order = (a, b) -> 0;
        for (SortKey k : query.sortBy()) {
            Comparator<Object> values = k.ascending()
                    ? Comparator.nullsLast(AttributeValues::compare)
                    : Comparator.nullsFirst((x, y) -> AttributeValues.compare(y, x));
            order = order.thenComparing(f -> f.properties().get(k.attribute()), values);
        }
        return order.thenComparing(Feature::id, AttributeValues::compare);
    }
}
