package cl.sit.profile;

import cl.sit.system.ChileanNumbers;
import java.text.NumberFormat;
import java.util.Locale;

/**
 * Spanish (Chile) wording and number formats for the profile page, so the template holds no arithmetic:
 * thousands with a dot, decimals with a comma, amounts in millions of pesos (MM$) as Chilean budget documents
 * write them.
 */
public final class ProfileView {

    static final Locale CHILE = Locale.forLanguageTag("es-CL");

    private final TerritoryProfile profile;

    private ProfileView(TerritoryProfile profile) {
        this.profile = profile;
    }

    public static ProfileView of(TerritoryProfile profile) {
        return new ProfileView(profile);
    }

    /** "Comuna", "Provincia", "Región" or "Territorio personalizado". */
    public String levelLabel() {
        return levelLabel(profile.nivel());
    }

    static String levelLabel(String level) {
        return switch (level) {
            case "comuna" -> "Comuna";
            case "provincia" -> "Provincia";
            case "region" -> "Región";
            default -> "Territorio personalizado";
        };
    }

    /** The indicators level of this territory (for {@code /api/indicators?level=}). */
    public String indicatorLevel() {
        return switch (profile.nivel()) {
            case "comuna" -> "commune";
            case "provincia" -> "province";
            case "region" -> "region";
            default -> "custom";
        };
    }

    /** A whole number with thousands separators: 184.440. */
    public String integer(Number value) {
        return value == null ? "—" : NumberFormat.getIntegerInstance(CHILE).format(Math.round(value.doubleValue()));
    }

    /** A number with {@code digits} decimals: 951,6. */
    public String decimal(Number value, int digits) {
        if (value == null) {
            return "—";
        }
        NumberFormat f = NumberFormat.getNumberInstance(CHILE);
        f.setMinimumFractionDigits(digits);
        f.setMaximumFractionDigits(digits);
        return f.format(value.doubleValue());
    }

    /** Pesos as millions, "MM$ 55.834" (one decimal under 100 millions). */
    public String millions(Number clp) {
        if (clp == null) {
            return "—";
        }
        double m = clp.doubleValue() / 1_000_000;
        return "MM$ " + decimal(m, Math.abs(m) < 100 ? 1 : 0);
    }

    /** Pesos in full, "$ 315.151". */
    public String pesos(Number clp) {
        return ChileanNumbers.pesos(clp);
    }

    /** A percentage with one decimal, "12,3 %" (two decimals under 1 %, so small shares do not read as 0). */
    public String percent(double value) {
        return decimal(value, value > 0 && value < 1 ? 2 : 1) + " %";
    }

    /** A share 0-1 as a percentage. */
    public String share(double value) {
        return percent(value * 100);
    }

    /** Hectares from km². */
    public String hectares(double km2) {
        return integer(km2 * 100) + " ha";
    }
}
