package cl.sit.ogcapi;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ItemBodyCacheTest {

    @Test
    void gzipIsAcceptedWhenNamedOrStarredWithAPositiveQuality() {
        assertThat(ItemBodyCache.acceptsGzip("gzip, deflate, br, zstd")).isTrue();
        assertThat(ItemBodyCache.acceptsGzip("br;q=1.0, GZIP;q=0.5")).isTrue();
        assertThat(ItemBodyCache.acceptsGzip("*")).isTrue();
    }

    @Test
    void gzipIsRefusedWhenAbsentOrAtQualityZero() {
        assertThat(ItemBodyCache.acceptsGzip(null)).isFalse();
        assertThat(ItemBodyCache.acceptsGzip("identity")).isFalse();
        assertThat(ItemBodyCache.acceptsGzip("br, deflate")).isFalse();
        assertThat(ItemBodyCache.acceptsGzip("gzip;q=0, identity")).isFalse();
        assertThat(ItemBodyCache.acceptsGzip("gzip; q=0.000")).isFalse();
        assertThat(ItemBodyCache.acceptsGzip("gzip;q=nonsense")).isFalse();
    }

    @Test
    void aKeptBodyComesBackAsItWasWritten() {
        byte[] body =
                "{\"type\":\"FeatureCollection\",\"features\":[]}".repeat(100).getBytes();
        assertThat(ItemBodyCache.gunzip(ItemBodyCache.gzipped(body))).isEqualTo(body);
    }
}
