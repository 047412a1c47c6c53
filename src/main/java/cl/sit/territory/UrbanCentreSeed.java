package cl.sit.territory;

import cl.sit.geojson.GeoJsonReader.SourceFeature;
import cl.sit.seed.GeoJsonSeed;
import cl.sit.storage.SqlFiles;
import cl.sit.storage.Wkb;
import org.springframework.stereotype.Component;

/** Urban centres: a representative point inside each urban limit (derived data, 20 points). */
@Component
class UrbanCentreSeed extends GeoJsonSeed {

    UrbanCentreSeed(SqlFiles sql) {
        super(sql, "los-rios/centros_urbanos_los_rios.geojson", "insert-urban-centre");
    }

    @Override
    public String name() {
        return "centros-urbanos-los-rios";
    }

    @Override
    public String source() {
        return "Derivado de los límites urbanos MINVU (punto representativo)";
    }

    @Override
    public int order() {
        return 31;
    }

    @Override
    protected Object[] row(SourceFeature f) {
        return new Object[] {text(f, "nombre"), text(f, "comuna"), text(f, "cut"), Wkb.write(f.geometry())};
    }
}
