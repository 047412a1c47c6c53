package cl.sit.conservation;

import cl.sit.analysis.GeodesicMeasure;
import cl.sit.analysis.Polygons;
import cl.sit.geojson.GeoJsonReader.SourceFeature;
import cl.sit.seed.GeoJsonSeed;
import cl.sit.storage.SqlFiles;
import cl.sit.storage.Wkb;
import org.locationtech.jts.geom.MultiPolygon;
import org.springframework.stereotype.Component;

/** Protected areas of the national registry (MMA RNAP, CC0) in Los Ríos: 76 polygons. */
@Component
class ProtectedAreaSeed extends GeoJsonSeed {

    ProtectedAreaSeed(SqlFiles sql) {
        super(sql, "los-rios/areas_protegidas_rnap_los_rios.geojson", "insert-protected-area");
    }

    @Override
    public String name() {
        return "areas-protegidas-los-rios";
    }

    @Override
    public String source() {
        return "MMA, Registro Nacional de Áreas Protegidas (CC0 1.0, 2024, vía gabrielpantoja-cl/sig.gabrielpantoja.cl)";
    }

    @Override
    public int order() {
        return 41;
    }

    @Override
    protected Object[] row(SourceFeature f) {
        MultiPolygon g = Polygons.valid(f.geometry());
        return new Object[] {
            text(f, "cod_rnap"),
            text(f, "nombre"),
            text(f, "designacion"),
            Boolean.TRUE.equals(f.properties().get("snaspe")),
            number(f, "superficie_ha_mma"),
            GeodesicMeasure.areaKm2(g),
            number(f, "area_km2_en_los_rios"),
            text(f, "comunas"),
            text(f, "url_fuente"),
            Wkb.write(g)
        };
    }
}
