package cl.sit.territory;

import cl.sit.analysis.Polygons;
import cl.sit.geojson.GeoJsonReader.SourceFeature;
import cl.sit.seed.GeoJsonSeed;
import cl.sit.storage.SqlFiles;
import cl.sit.storage.Wkb;
import org.springframework.stereotype.Component;

/** Urban census zones of the 2017 census (INE) with their population, 87 polygons. */
@Component
class CensusZoneSeed extends GeoJsonSeed {

    CensusZoneSeed(SqlFiles sql) {
        super(sql, "los-rios/zonas_censales_urbanas_2017_los_rios.geojson", "insert-census-zone");
    }

    @Override
    public String name() {
        return "zonas-censales-los-rios";
    }

    @Override
    public String source() {
        return "INE, cartografía y microdatos Censo 2017 (vía pachadotdev/chilemapas)";
    }

    @Override
    public int order() {
        return 32;
    }

    @Override
    protected Object[] row(SourceFeature f) {
        return new Object[] {
            text(f, "geocodigo"),
            text(f, "cut"),
            text(f, "comuna"),
            ((Number) f.properties().get("pob_censo2017")).intValue(),
            number(f, "area_km2"),
            Wkb.write(Polygons.valid(f.geometry()))
        };
    }
}
