package cl.sit.investment;

import java.util.List;

/**
 * The investment programmes the generator draws from, with their relative weight, the sectors they fund,
 * their funding source and their usual cost range in CLP. Figures are plausible orders of magnitude, not data.
 */
enum Programme {
    FNDR(
            "FNDR",
            30,
            "Gobierno Regional (FNDR)",
            50e6,
            15_000e6,
            List.of(
                    Sector.TRANSPORT,
                    Sector.URBAN,
                    Sector.HEALTH,
                    Sector.EDUCATION,
                    Sector.WATER,
                    Sector.ENERGY,
                    Sector.TOURISM,
                    Sector.SPORTS,
                    Sector.FARMING)),
    FRIL(
            "FRIL",
            15,
            "FNDR - Fondo Regional de Iniciativa Local",
            20e6,
            300e6,
            List.of(Sector.URBAN, Sector.SPORTS, Sector.TRANSPORT, Sector.WATER)),
    PMU(
            "PMU",
            12,
            "SUBDERE - Programa de Mejoramiento Urbano",
            10e6,
            60e6,
            List.of(Sector.URBAN, Sector.SPORTS, Sector.TRANSPORT)),
    PIRDT(
            "PIRDT",
            8,
            "SUBDERE - Programa de Infraestructura Rural para el Desarrollo Territorial",
            100e6,
            3_000e6,
            List.of(Sector.ENERGY, Sector.WATER, Sector.TRANSPORT, Sector.FARMING)),
    CHILE_EMPRENDE(
            "Chile Emprende",
            5,
            "SERCOTEC / CORFO / INDAP (Chile Emprende)",
            5e6,
            150e6,
            List.of(Sector.TOURISM, Sector.FARMING)),
    MOP("MOP", 12, "Sectorial MOP", 300e6, 40_000e6, List.of(Sector.TRANSPORT, Sector.WATER)),
    MINVU("MINVU", 8, "Sectorial MINVU", 50e6, 8_000e6, List.of(Sector.URBAN)),
    MINSAL("MINSAL", 5, "Sectorial MINSAL", 100e6, 12_000e6, List.of(Sector.HEALTH)),
    MINEDUC("MINEDUC", 5, "Sectorial MINEDUC", 50e6, 5_000e6, List.of(Sector.EDUCATION));

    final String label;
    final int weight;
    final String fundingSource;
    final double minCostClp;
    final double maxCostClp;
    final List<Sector> sectors;

    Programme(
            String label,
            int weight,
            String fundingSource,
            double minCostClp,
            double maxCostClp,
            List<Sector> sectors) {
        this.label = label;
        this.weight = weight;
        this.fundingSource = fundingSource;
        this.minCostClp = minCostClp;
        this.maxCostClp = maxCostClp;
        this.sectors = sectors;
    }

    /** Institution in charge, for a project in {@code commune}. */
    String institution(String commune, String region) {
        return switch (this) {
            case FNDR -> "Gobierno Regional" + (region == null ? "" : " de " + region);
            case FRIL, PMU -> "Municipalidad de " + commune;
            case PIRDT -> "SUBDERE / Municipalidad de " + commune;
            case CHILE_EMPRENDE -> "Chile Emprende, territorio " + commune;
            case MOP -> "MOP - Dirección de Vialidad";
            case MINVU -> "SERVIU";
            case MINSAL -> "Servicio de Salud";
            case MINEDUC -> "Municipalidad de " + commune + " (DAEM)";
        };
    }
}
