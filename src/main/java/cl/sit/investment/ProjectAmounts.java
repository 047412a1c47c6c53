package cl.sit.investment;

import java.util.List;

/** A project's stored amounts per year, as {@link InvestmentController} reads them ({@link ProjectHistory}). */
interface ProjectAmounts {

    /** The project's amounts, one per year with an amount, by year. */
    List<InvestmentProject.YearAmount> amounts(int id);
}
