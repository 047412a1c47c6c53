package cl.sit.shapefile;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cl.sit.geometry.Geometries;
import cl.sit.imports.FileRejected;
import java.io.IOException;
import java.nio.file.Files;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.io.ParseException;
import org.locationtech.jts.io.WKTReader;

class SourceCrsTest {

    private static final String UTM19S_PARAMETERS = "PROJECTION[\"Transverse_Mercator\"],"
            + "PARAMETER[\"False_Easting\",500000.0],PARAMETER[\"False_Northing\",10000000.0],"
            + "PARAMETER[\"Central_Meridian\",-69.0],PARAMETER[\"Scale_Factor\",0.9996],"
            + "PARAMETER[\"Latitude_Of_Origin\",0.0],UNIT[\"Meter\",1.0]]";
    private static final String GRS80 = "SPHEROID[\"GRS_1980\",6378137.0,298.257222101]],PRIMEM[\"Greenwich\",0.0],"
            + "UNIT[\"Degree\",0.0174532925199433]]";

    /** The ESRI {@code .prj} GDAL wrote for each fixture. */
    @ParameterizedTest
    @CsvSource({
        "utf8-4326, 4326",
        "utf8-32718, 32718",
        "utf8-32719, 32719",
        "utf8-5361, 5361",
        "utf8-5362, 5362",
        "utf8-9154, 9154",
        "utf8-9155, 9155",
        "utf8-24878, 24878",
        "utf8-24879, 24879",
        "utf8-29188, 29188",
        "utf8-29189, 29189",
        "utf8-29179, 29179"
    })
    void identifiesEsriPrjFiles(String fixture, int epsg) throws IOException {
        String prj = Files.readString(Fixtures.DIR.resolve(fixture).resolve("limites_urbanos.prj"));
        assertThat(prj).doesNotContain("AUTHORITY");
        SourceCrs crs = SourceCrs.fromPrj(prj);
        assertThat(crs.epsg()).isEqualTo(epsg);
        assertThat(crs).isEqualTo(SourceCrs.epsg(epsg));
    }

    /** ESRI names differ between products and realisations; the datum name and parameters decide. */
    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "PROJCS[\"SIRGAS_2000_UTM_Zone_19S\",GEOGCS[\"GCS_SIRGAS_2000\",DATUM[\"D_SIRGAS_2000\"," + GRS80 + ","
                        + UTM19S_PARAMETERS + "| 31979",
                "PROJCS[\"SIRGAS-Chile_2021_UTM_zone_19S\",GEOGCS[\"GCS_SIRGAS-Chile_2021\","
                        + "DATUM[\"D_SIRGAS-Chile_realization_5_epoch_2021\"," + GRS80 + "," + UTM19S_PARAMETERS
                        + "| 20049",
                "PROJCS[\"SIRGAS-Chile_2010_UTM_Zone_19S\",GEOGCS[\"SIRGAS-Chile_2010\","
                        + "DATUM[\"SIRGAS-Chile_realization_2_epoch_2010\"," + GRS80 + "," + UTM19S_PARAMETERS
                        + "| 8951",
                "PROJCS[\"SIRGAS-Chile_2013_UTM_Zone_19S\",GEOGCS[\"SIRGAS-Chile_2013\","
                        + "DATUM[\"SIRGAS-Chile_realization_3_epoch_2013\"," + GRS80 + "," + UTM19S_PARAMETERS
                        + "| 9150",
                "PROJCS[\"SIRGAS-Chile_UTM_Zone_19S\",GEOGCS[\"GCS_SIRGAS-Chile\",DATUM[\"D_SIRGAS-Chile\"," + GRS80
                        + "," + UTM19S_PARAMETERS + "| 5361",
                "GEOGCS[\"GCS_SIRGAS-Chile\",DATUM[\"D_SIRGAS-Chile\"," + GRS80 + "| 5360",
                "GEOGCS[\"GCS_Provisional_S_American_1956\",DATUM[\"D_Provisional_S_American_1956\","
                        + "SPHEROID[\"International_1924\",6378388.0,297.0]],PRIMEM[\"Greenwich\",0.0],"
                        + "UNIT[\"Degree\",0.0174532925199433]]| 4248",
                "PROJCS[\"SAD69 / UTM zone 19S\",GEOGCS[\"SAD69\",DATUM[\"South_American_Datum_1969\","
                        + "SPHEROID[\"GRS 1967 Modified\",6378160,298.25,AUTHORITY[\"EPSG\",\"7050\"]],"
                        + "AUTHORITY[\"EPSG\",\"6618\"]],PRIMEM[\"Greenwich\",0,AUTHORITY[\"EPSG\",\"8901\"]],"
                        + "UNIT[\"degree\",0.0174532925199433,AUTHORITY[\"EPSG\",\"9122\"]],AUTHORITY[\"EPSG\",\"4618\"]],"
                        + "PROJECTION[\"Transverse_Mercator\"],PARAMETER[\"latitude_of_origin\",0],"
                        + "PARAMETER[\"central_meridian\",-69],PARAMETER[\"scale_factor\",0.9996],"
                        + "PARAMETER[\"false_easting\",500000],PARAMETER[\"false_northing\",10000000],"
                        + "UNIT[\"metre\",1,AUTHORITY[\"EPSG\",\"9001\"]],AXIS[\"Easting\",EAST],AXIS[\"Northing\",NORTH],"
                        + "AUTHORITY[\"EPSG\",\"99999\"]]| 29189",
            })
    void identifiesByDatumAndParameters(String wkt, int epsg) {
        assertThat(SourceCrs.fromPrj(wkt).epsg()).isEqualTo(epsg);
    }

    @Test
    void takesTheEpsgCodeOfTheRootNode() {
        String gdal = "GEOGCS[\"WGS 84\",DATUM[\"WGS_1984\",SPHEROID[\"WGS 84\",6378137,298.257223563,"
                + "AUTHORITY[\"EPSG\",\"7030\"]],AUTHORITY[\"EPSG\",\"6326\"]],PRIMEM[\"Greenwich\",0],"
                + "UNIT[\"degree\",0.0174532925199433],AUTHORITY[\"EPSG\",\"4326\"]]";
        assertThat(SourceCrs.fromPrj(gdal).epsg()).isEqualTo(4326);
        assertThat(SourceCrs.fromPrj(wkt2Sirgas2016(true)).epsg()).isEqualTo(9155);
    }

    @Test
    void readsWkt2WithoutCode() {
        assertThat(SourceCrs.fromPrj(wkt2Sirgas2016(false)).epsg()).isEqualTo(9155);
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                // Web Mercator
                "PROJCS[\"WGS_1984_Web_Mercator_Auxiliary_Sphere\",GEOGCS[\"GCS_WGS_1984\",DATUM[\"D_WGS_1984\","
                        + "SPHEROID[\"WGS_1984\",6378137.0,298.257223563]],PRIMEM[\"Greenwich\",0.0],"
                        + "UNIT[\"Degree\",0.0174532925199433]],PROJECTION[\"Mercator_Auxiliary_Sphere\"],"
                        + "PARAMETER[\"False_Easting\",0.0],PARAMETER[\"False_Northing\",0.0],"
                        + "PARAMETER[\"Central_Meridian\",0.0],PARAMETER[\"Standard_Parallel_1\",0.0],"
                        + "PARAMETER[\"Auxiliary_Sphere_Type\",0.0],UNIT[\"Meter\",1.0]]"
                        + "| WGS_1984_Web_Mercator_Auxiliary_Sphere",
                // a northern UTM zone
                "PROJCS[\"WGS_1984_UTM_Zone_19N\",GEOGCS[\"GCS_WGS_1984\",DATUM[\"D_WGS_1984\","
                        + "SPHEROID[\"WGS_1984\",6378137.0,298.257223563]],PRIMEM[\"Greenwich\",0.0],"
                        + "UNIT[\"Degree\",0.0174532925199433]],PROJECTION[\"Transverse_Mercator\"],"
                        + "PARAMETER[\"False_Easting\",500000.0],PARAMETER[\"False_Northing\",0.0],"
                        + "PARAMETER[\"Central_Meridian\",-69.0],PARAMETER[\"Scale_Factor\",0.9996],"
                        + "PARAMETER[\"Latitude_Of_Origin\",0.0],UNIT[\"Meter\",1.0]]| WGS_1984_UTM_Zone_19N",
                // a zone outside continental Chile
                "PROJCS[\"PSAD_1956_UTM_Zone_17S\",GEOGCS[\"GCS_Provisional_S_American_1956\","
                        + "DATUM[\"D_Provisional_S_American_1956\",SPHEROID[\"International_1924\",6378388.0,297.0]],"
                        + "PRIMEM[\"Greenwich\",0.0],UNIT[\"Degree\",0.0174532925199433]],PROJECTION[\"Transverse_Mercator\"],"
                        + "PARAMETER[\"False_Easting\",500000.0],PARAMETER[\"False_Northing\",10000000.0],"
                        + "PARAMETER[\"Central_Meridian\",-81.0],PARAMETER[\"Scale_Factor\",0.9996],"
                        + "PARAMETER[\"Latitude_Of_Origin\",0.0],UNIT[\"Meter\",1.0]]| PSAD_1956_UTM_Zone_17S",
                // a datum name on the wrong ellipsoid
                "GEOGCS[\"GCS_WGS_1984\",DATUM[\"D_WGS_1984\",SPHEROID[\"International_1924\",6378388.0,297.0]],"
                        + "PRIMEM[\"Greenwich\",0.0],UNIT[\"Degree\",0.0174532925199433]]| GCS_WGS_1984",
                // UTM in feet
                "PROJCS[\"WGS_1984_UTM_Zone_19S_ft\",GEOGCS[\"GCS_WGS_1984\",DATUM[\"D_WGS_1984\","
                        + "SPHEROID[\"WGS_1984\",6378137.0,298.257223563]],PRIMEM[\"Greenwich\",0.0],"
                        + "UNIT[\"Degree\",0.0174532925199433]],PROJECTION[\"Transverse_Mercator\"],"
                        + "PARAMETER[\"False_Easting\",500000.0],PARAMETER[\"False_Northing\",10000000.0],"
                        + "PARAMETER[\"Central_Meridian\",-69.0],PARAMETER[\"Scale_Factor\",0.9996],"
                        + "PARAMETER[\"Latitude_Of_Origin\",0.0],UNIT[\"Foot_US\",0.3048006096012192]]"
                        + "| WGS_1984_UTM_Zone_19S_ft",
            })
    void rejectsUnsupportedSystemsNamingWhatWasFound(String wkt, String found) {
        assertThatThrownBy(() -> SourceCrs.fromPrj(wkt))
                .isInstanceOf(FileRejected.class)
                .hasMessageContaining("no está soportado: «" + found + "»")
                .hasMessageContaining("WGS 84 (EPSG:4326, 32718, 32719)")
                .hasMessageContaining("PSAD56 (EPSG:4248, 24878, 24879)")
                .hasMessageContaining("SIRGAS-Chile 2016 (EPSG:9153, 9154, 9155)")
                .hasMessageContaining("Reproyecte la capa en QGIS");
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "   ", "\n"})
    void rejectsAnEmptyPrj(String prj) {
        assertThatThrownBy(() -> SourceCrs.fromPrj(prj))
                .isInstanceOf(FileRejected.class)
                .hasMessageContaining(".prj está vacío");
    }

    @ParameterizedTest
    @ValueSource(strings = {"EPSG:32719", "GEOGCS[\"WGS 84\"", "PROJCS[\"x\",]", "+proj=utm +zone=19 +south"})
    void rejectsWhatIsNotWkt(String prj) {
        assertThatThrownBy(() -> SourceCrs.fromPrj(prj))
                .isInstanceOf(FileRejected.class)
                .hasMessageContaining("formato WKT");
    }

    @Test
    void knowsEverySupportedCodeByNumber() {
        List<SourceCrs> all = SourceCrs.supported();
        assertThat(all)
                .extracting(SourceCrs::epsg)
                .contains(4326, 32718, 32719, 5361, 5362, 9154, 9155, 24878, 24879, 29188, 29189, 29178, 29179);
        for (SourceCrs crs : all) {
            assertThat(SourceCrs.epsg(crs.epsg()).name()).isEqualTo(crs.name());
        }
        assertThat(SourceCrs.epsg(9155).name()).isEqualTo("SIRGAS-Chile 2016 / UTM zone 19S");
        assertThatThrownBy(() -> SourceCrs.epsg(3857))
                .isInstanceOf(FileRejected.class)
                .hasMessageContaining("EPSG:3857 no está soportado");
    }

    /**
     * Points projected by PROJ 9.1 ({@code cs2cs EPSG:4326 EPSG:...}), which picks EPSG's Chilean
     * transformation of each latitude band (named in the last column), read back within 3 cm; a wrong band
     * would be 10 m to 100 m off. 3 cm, not less: a 2D datum shift drops the ellipsoidal height, so PROJ's own
     * trip there and back moves these points by up to 2.2 cm (PSAD56 at 53°S, measured with cs2cs).
     */
    @ParameterizedTest(name = "{0} at {3}, {4} ({5})")
    @CsvSource({
        "24879, 360818.4904, 7956575.0907, -70.32, -18.48, PSAD56 to WGS 84 (15)",
        "24879, 357395.6285, 7384196.0156, -70.40, -23.65, PSAD56 to WGS 84 (15)",
        "24879, 345896.4414, 6297965.3699, -70.66, -33.45, PSAD56 to WGS 84 (16)",
        "24878, 650452.5002, 5591776.1505, -73.245, -39.814, PSAD56 to WGS 84 (17)",
        "24879, 372499.5994, 4108453.0696, -70.91, -53.16, PSAD56 to WGS 84 (1)",
        "29189, 360692.7351, 7956244.2181, -70.32, -18.48, SAD69 to WGS 84 (17)",
        "29189, 357270.5761, 7383865.0681, -70.40, -23.65, SAD69 to WGS 84 (17)",
        "29189, 345772.3644, 6297617.9765, -70.66, -33.45, SAD69 to WGS 84 (18)",
        "29188, 650283.6601, 5591440.0787, -73.245, -39.814, SAD69 to WGS 84 (19)",
        "29189, 372352.1645, 4108247.2829, -70.91, -53.16, SAD69 to WGS 84 (1)",
        "32719, 136606.4462, 5584258.4212, -73.245, -39.814, none",
        "9155, 136606.4462, 5584258.4212, -73.245, -39.814, none",
    })
    void usesTheDatumShiftOfThePlace(int epsg, double x, double y, double lon, double lat, String shift) {
        Geometry wgs84 = SourceCrs.epsg(epsg).toWgs84(new GeometryFactory().createPoint(new Coordinate(x, y)));
        assertThat(Fixtures.metres(wgs84.getCoordinate(), new Coordinate(lon, lat)))
                .isLessThan(0.03);
    }

    @Test
    void returnsGeometryOfTheSitFactory() throws ParseException {
        Geometry utm =
                new WKTReader().read("POLYGON ((650000 5590000, 651000 5590000, 651000 5591000, 650000 5590000))");
        Geometry wgs84 = SourceCrs.epsg(32718).toWgs84(utm);
        assertThat(wgs84.getFactory()).isSameAs(Geometries.FACTORY);
        assertThat(wgs84.getSRID()).isEqualTo(4326);
        assertThat(wgs84.getCoordinate().x).isBetween(-73.3, -73.2);
        assertThat(wgs84.getCoordinate().y).isBetween(-39.9, -39.8);
        assertThat(utm.getCoordinate().x).as("input untouched").isEqualTo(650000);
        assertThat(SourceCrs.epsg(4326).toWgs84(null)).isNull();
        assertThat(SourceCrs.epsg(32719)
                        .toWgs84(new WKTReader().read("POINT EMPTY"))
                        .isEmpty())
                .isTrue();
    }

    @Test
    void rejectsCoordinatesThatDoNotFitThePrj() throws ParseException {
        Geometry utm = new WKTReader().read("POINT (650216.22 5591413.31)");
        assertThatThrownBy(() -> SourceCrs.epsg(4326).toWgs84(utm))
                .isInstanceOf(FileRejected.class)
                .hasMessageContaining("no corresponde a las coordenadas");
        Geometry lonLat = new WKTReader().read("POINT (-73.245 -39.814)");
        assertThatThrownBy(() -> SourceCrs.epsg(32718).toWgs84(lonLat))
                .isInstanceOf(FileRejected.class)
                .hasMessageContaining("WGS 84 / UTM zone 18S");
    }

    private static String wkt2Sirgas2016(boolean withCode) {
        return "PROJCRS[\"SIRGAS-Chile 2016 / UTM zone 19S\",BASEGEOGCRS[\"SIRGAS-Chile 2016\","
                + "DATUM[\"SIRGAS-Chile realization 4 epoch 2016\",ELLIPSOID[\"GRS 1980\",6378137,298.257222101,"
                + "LENGTHUNIT[\"metre\",1]]],PRIMEM[\"Greenwich\",0,ANGLEUNIT[\"degree\",0.0174532925199433]],"
                + "ID[\"EPSG\",9153]],CONVERSION[\"UTM zone 19S\",METHOD[\"Transverse Mercator\",ID[\"EPSG\",9807]],"
                + "PARAMETER[\"Latitude of natural origin\",0,ANGLEUNIT[\"degree\",0.0174532925199433],"
                + "ID[\"EPSG\",8801]],PARAMETER[\"Longitude of natural origin\",-69,"
                + "ANGLEUNIT[\"degree\",0.0174532925199433],ID[\"EPSG\",8802]],PARAMETER[\"Scale factor at natural "
                + "origin\",0.9996,SCALEUNIT[\"unity\",1],ID[\"EPSG\",8805]],PARAMETER[\"False easting\",500000,"
                + "LENGTHUNIT[\"metre\",1],ID[\"EPSG\",8806]],PARAMETER[\"False northing\",10000000,"
                + "LENGTHUNIT[\"metre\",1],ID[\"EPSG\",8807]]],CS[Cartesian,2],AXIS[\"(E)\",east,ORDER[1],"
                + "LENGTHUNIT[\"metre\",1]],AXIS[\"(N)\",north,ORDER[2],LENGTHUNIT[\"metre\",1]],"
                + "USAGE[SCOPE[\"Engineering survey, topographic mapping.\"],AREA[\"Chile - 72°W to 66°W, onshore "
                + "and offshore.\"],BBOX[-59.87,-72,-17.5,-66]]" + (withCode ? ",ID[\"EPSG\",9155]]" : "]");
    }
}
