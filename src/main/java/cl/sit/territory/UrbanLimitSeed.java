package cl.sit.territory;

import cl.sit.analysis.Polygons;
import cl.sit.geojson.GeoJsonReader.SourceFeature;
import cl.sit.seed.GeoJsonSeed;
import cl.sit.storage.SqlFiles;
import cl.sit.storage.Wkb;
import org.springframework.stereotype.Component;

/** Urban limits of the communal regulatory plans (MINVU), 20 polygons. */
@Component
class UrbanLimitSeed extends GeoJsonSeed {

    UrbanLimitSeed(SqlFiles sql) {
        super(sql, "los-rios/limites_urbanos_prc_los_rios.geojson", "insert-urban-limit");
    }

    @Override
    public String name() {
        return "limites-urbanos-los-rios";
    }

    @Override
    public String source() {
        return "MINVU, Límites Urbanos de Planes Reguladores Comunales (vía gabrielpantoja-cl/sig.gabrielpantoja.cl)";
    }

    @Override
    public int order() {
        return 30;
    }

    @Override
    protected Object[] row(SourceFeature f) {
        return new Object[] {
            text(f, "nombre"),
            text(f, "comuna"),
            text(f, "cut"),
            text(f, "instrumento"),
            text(f, "administra"),
            text(f, "diario_oficial_pub"),
            number(f, "area_km2"),
            Wkb.write(Polygons.valid(f.geometry()))
        };
    }
}
