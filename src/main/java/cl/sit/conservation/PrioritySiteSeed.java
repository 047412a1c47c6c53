package cl.sit.conservation;

import cl.sit.analysis.GeodesicMeasure;
import cl.sit.analysis.Polygons;
import cl.sit.geojson.GeoJsonReader.SourceFeature;
import cl.sit.seed.GeoJsonSeed;
import cl.sit.storage.SqlFiles;
import cl.sit.storage.Wkb;
import org.locationtech.jts.geom.MultiPolygon;
import org.springframework.stereotype.Component;

/** Priority conservation sites (MMA, Ley 19.300) with at least 1 km² in Los Ríos. */
@Component
class PrioritySiteSeed extends GeoJsonSeed {

    PrioritySiteSeed(SqlFiles sql) {
        super(sql, "los-rios/sitios_prioritarios_ley19300_los_rios.geojson", "insert-priority-site");
    }

    @Override
    public String name() {
        return "sitios-prioritarios-los-rios";
    }

    @Override
    public String source() {
        return "MMA, Sitios Prioritarios según Ley 19.300 (2024, vía Ignacio1972/mineria)";
    }

    @Override
    public int order() {
        return 40;
    }

    @Override
    protected Object[] row(SourceFeature f) {
        MultiPolygon g = Polygons.valid(f.geometry());
        return new Object[] {
            text(f, "cod_rnap"),
            text(f, "nombre"),
            text(f, "designacion"),
            number(f, "superficie_ha_mma"),
            GeodesicMeasure.areaKm2(g),
            number(f, "area_km2_en_los_rios"),
            text(f, "comunas"),
            text(f, "url_fuente"),
            Wkb.write(g)
        };
    }
}
