package cl.sit.agenda21.review;

import cl.sit.editing.EditPermissions;
import cl.sit.editing.PublishedCommunes;
import cl.sit.layer.Feature;
import cl.sit.layer.FeatureStore;
import cl.sit.layer.FixedLayerRegistry;
import cl.sit.layer.Layer;
import cl.sit.layer.LayerRegistry;
import cl.sit.layer.ListFeatureStore;
import cl.sit.system.SecurityWithoutAccountsSlice;
import cl.sit.users.GrantedCommunes;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;

/**
 * In-memory review comments for the review slices, with the application's {@link EditPermissions} and security
 * chain: an editable Agenda 21 layer {@link #LAYER} with a feature in Valdivia ({@link #IN_VALDIVIA}, 14101, a draft)
 * and one in Corral ({@link #IN_CORRAL}, 14102, published), a read-only layer {@link #READ_ONLY}, and an editor
 * {@link #EDITOR} granted Valdivia. {@link Comments#reset} empties the comments before each test.
 */
@TestConfiguration(proxyBeanMethods = false)
@Import({SecurityWithoutAccountsSlice.class, EditPermissions.class})
class InMemoryReview {

    static final String LAYER = "a21-residuos";
    static final String READ_ONLY = "comunas";
    static final String EDITOR = "ana.editora";
    static final long IN_VALDIVIA = 1;
    static final long IN_CORRAL = 2;

    @Bean
    LayerRegistry layerRegistry() {
        return new FixedLayerRegistry(
                new Layer(
                        LAYER,
                        "Sitios de residuos",
                        "",
                        LAYER,
                        "id",
                        "Point",
                        List.of(),
                        null,
                        false,
                        "Prueba",
                        true,
                        true,
                        "agenda21"),
                new Layer(READ_ONLY, "Comunas", "", READ_ONLY, "id", "Point", List.of(), null, false, "Prueba", true));
    }

    @Bean
    FeatureStore featureStore() {
        return new ListFeatureStore(List.of(
                new Feature(IN_VALDIVIA, Map.of(Layer.OWNER_COLUMN, "14101"), null),
                new Feature(IN_CORRAL, Map.of(Layer.OWNER_COLUMN, "14102"), null)));
    }

    @Bean
    GrantedCommunes grantedCommunes() {
        return (username, layerId) -> username.equals(EDITOR) && layerId.equals(LAYER) ? Set.of("14101") : Set.of();
    }

    @Bean
    PublishedCommunes publishedCommunes() {
        return layerId -> layerId.equals(LAYER) ? Set.of("14102") : Set.of();
    }

    @Bean
    Comments comments() {
        return new Comments();
    }

    /** Comments in a list, numbered from 1, each dated a minute after the last. */
    static final class Comments implements CommentData {

        static final OffsetDateTime FIRST = OffsetDateTime.of(2026, 5, 4, 10, 0, 0, 0, ZoneOffset.UTC);

        private final List<ReviewComment> all = new ArrayList<>();

        synchronized void reset() {
            all.clear();
        }

        @Override
        public synchronized List<ReviewComment> of(String layer, long feature) {
            return all.stream()
                    .filter(c -> c.capa().equals(layer) && c.elemento() == feature)
                    .toList();
        }

        @Override
        public synchronized Optional<ReviewComment> find(String layer, long feature, long id) {
            return of(layer, feature).stream().filter(c -> c.id() == id).findFirst();
        }

        @Override
        public synchronized int count(String layer, long feature) {
            return of(layer, feature).size();
        }

        @Override
        public synchronized void add(String layer, long feature, String cut, String author, String text) {
            all.add(new ReviewComment(
                    all.size() + 1L, layer, feature, cut, author, FIRST.plusMinutes(all.size()), text, null, null));
        }

        @Override
        public synchronized void resolve(long id, String user) {
            ReviewComment c = all.get((int) id - 1);
            all.set(
                    (int) id - 1,
                    new ReviewComment(
                            c.id(),
                            c.capa(),
                            c.elemento(),
                            c.comuna(),
                            c.autor(),
                            c.fecha(),
                            c.texto(),
                            user,
                            user == null ? null : FIRST.plusDays(1)));
        }
    }
}
