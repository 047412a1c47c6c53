package cl.sit.investment;

import java.util.List;
import org.locationtech.jts.geom.Geometry;

/**
 * A public investment project as stored in {@code investment_project}.
 *
 * @param bipCode BIP code (Banco Integrado de Proyectos), unique when present
 * @param name project name
 * @param programme FNDR, PIRDT, FRIL, PMU, Chile Emprende or a ministry (MOP, MINVU, MINSAL, MINEDUC)
 * @param fundingSource funding source as stated by the source
 * @param sector investment sector
 * @param stage the SNI stage: idea, perfil, prefactibilidad, factibilidad, diseño or ejecución ({@link Stages})
 * @param status en ejecución, terminado, ... ({@link Stages#STATUSES}), or null when not stated
 * @param institution responsible institution
 * @param strategicAxis strategic axis (turismo, forestal, conectividad, ...)
 * @param totalCostClp total cost in Chilean pesos
 * @param startYear first year
 * @param endYear last year
 * @param declaredCommune commune CUT as the source states it (may differ from where the geometry lies)
 * @param dataSource where the record comes from
 * @param illustrative true for generated, not real, records
 * @param geometry point, line or polygon in EPSG:4326
 * @param amounts programmed and spent amounts per year
 */
public record InvestmentProject(
        String bipCode,
        String name,
        String programme,
        String fundingSource,
        String sector,
        String stage,
        String status,
        String institution,
        String strategicAxis,
        long totalCostClp,
        int startYear,
        int endYear,
        String declaredCommune,
        String dataSource,
        boolean illustrative,
        Geometry geometry,
        List<YearAmount> amounts) {

    public InvestmentProject {
        amounts = List.copyOf(amounts);
    }

    /**
     * Amounts of one year, in CLP.
     *
     * @param year calendar year
     * @param programmedClp programmed (budgeted) amount
     * @param spentClp amount spent
     */
    public record YearAmount(int year, long programmedClp, long spentClp) {}
}
