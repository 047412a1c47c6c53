package cl.sit.crs;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * The coordinate reference systems SIT reads from files: geographic and UTM 18S/19S (zone 0 means geographic) on the
 * datums used in Chile. Codes and names are EPSG's (checked with {@code projinfo}, PROJ 9.1).
 */
public record SupportedCrs(int epsg, String name, Datum datum, int utmZone) {

    public static final List<SupportedCrs> ALL = List.of(
            new SupportedCrs(4326, "WGS 84", Datum.WGS84, 0),
            new SupportedCrs(32718, "WGS 84 / UTM zone 18S", Datum.WGS84, 18),
            new SupportedCrs(32719, "WGS 84 / UTM zone 19S", Datum.WGS84, 19),
            new SupportedCrs(4674, "SIRGAS 2000", Datum.SIRGAS_2000, 0),
            new SupportedCrs(31978, "SIRGAS 2000 / UTM zone 18S", Datum.SIRGAS_2000, 18),
            new SupportedCrs(31979, "SIRGAS 2000 / UTM zone 19S", Datum.SIRGAS_2000, 19),
            new SupportedCrs(5360, "SIRGAS-Chile 2002", Datum.SIRGAS_CHILE_2002, 0),
            new SupportedCrs(5362, "SIRGAS-Chile 2002 / UTM zone 18S", Datum.SIRGAS_CHILE_2002, 18),
            new SupportedCrs(5361, "SIRGAS-Chile 2002 / UTM zone 19S", Datum.SIRGAS_CHILE_2002, 19),
            new SupportedCrs(8949, "SIRGAS-Chile 2010", Datum.SIRGAS_CHILE_2010, 0),
            new SupportedCrs(8950, "SIRGAS-Chile 2010 / UTM zone 18S", Datum.SIRGAS_CHILE_2010, 18),
            new SupportedCrs(8951, "SIRGAS-Chile 2010 / UTM zone 19S", Datum.SIRGAS_CHILE_2010, 19),
            new SupportedCrs(9148, "SIRGAS-Chile 2013", Datum.SIRGAS_CHILE_2013, 0),
            new SupportedCrs(9149, "SIRGAS-Chile 2013 / UTM zone 18S", Datum.SIRGAS_CHILE_2013, 18),
            new SupportedCrs(9150, "SIRGAS-Chile 2013 / UTM zone 19S", Datum.SIRGAS_CHILE_2013, 19),
            new SupportedCrs(9153, "SIRGAS-Chile 2016", Datum.SIRGAS_CHILE_2016, 0),
            new SupportedCrs(9154, "SIRGAS-Chile 2016 / UTM zone 18S", Datum.SIRGAS_CHILE_2016, 18),
            new SupportedCrs(9155, "SIRGAS-Chile 2016 / UTM zone 19S", Datum.SIRGAS_CHILE_2016, 19),
            new SupportedCrs(20041, "SIRGAS-Chile 2021", Datum.SIRGAS_CHILE_2021, 0),
            new SupportedCrs(20048, "SIRGAS-Chile 2021 / UTM zone 18S", Datum.SIRGAS_CHILE_2021, 18),
            new SupportedCrs(20049, "SIRGAS-Chile 2021 / UTM zone 19S", Datum.SIRGAS_CHILE_2021, 19),
            new SupportedCrs(4248, "PSAD56", Datum.PSAD56, 0),
            new SupportedCrs(24878, "PSAD56 / UTM zone 18S", Datum.PSAD56, 18),
            new SupportedCrs(24879, "PSAD56 / UTM zone 19S", Datum.PSAD56, 19),
            new SupportedCrs(4618, "SAD69", Datum.SAD69, 0),
            new SupportedCrs(29188, "SAD69 / UTM zone 18S", Datum.SAD69, 18),
            new SupportedCrs(29189, "SAD69 / UTM zone 19S", Datum.SAD69, 19),
            new SupportedCrs(4291, "SAD69 (GRS 1967)", Datum.SAD69_GRS67, 0),
            new SupportedCrs(29178, "SAD69 (GRS 1967) / UTM zone 18S", Datum.SAD69_GRS67, 18),
            new SupportedCrs(29179, "SAD69 (GRS 1967) / UTM zone 19S", Datum.SAD69_GRS67, 19));

    public static Optional<SupportedCrs> byCode(int epsg) {
        return ALL.stream().filter(c -> c.epsg == epsg).findFirst();
    }

    public static Optional<SupportedCrs> find(Datum datum, int utmZone) {
        return ALL.stream()
                .filter(c -> c.datum == datum && c.utmZone == utmZone)
                .findFirst();
    }

    /** "WGS 84 (EPSG:4326, 32718, 32719); SIRGAS 2000 (...); ...", for messages. */
    public static String describeAll() {
        Map<Datum, List<String>> codes = new LinkedHashMap<>();
        for (SupportedCrs c : ALL) {
            codes.computeIfAbsent(c.datum, d -> new ArrayList<>()).add(String.valueOf(c.epsg));
        }
        return codes.entrySet().stream()
                .map(e -> e.getKey().label() + " (EPSG:" + String.join(", ", e.getValue()) + ")")
                .collect(Collectors.joining("; "));
    }

    /** The CRS as a PROJ string CTS can read, with {@code shift} as its {@code +towgs84}. */
    public String proj4(DatumShift shift) {
        String base = utmZone == 0 ? "+proj=longlat" : "+proj=utm +zone=" + utmZone + " +south";
        String units = utmZone == 0 ? "" : " +units=m";
        return base + " +ellps=" + datum.ellipsoid() + " +towgs84=" + shift.towgs84() + units + " +no_defs";
    }
}
