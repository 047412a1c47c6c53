package cl.sit.openapi;

/**
 * A capability's part of the OpenAPI document served at {@code /api}. Each package with controllers declares one
 * Spring bean implementing this next to its controllers (e.g. {@code cl.sit.investment.InvestmentApiDocumentation});
 * {@link OpenApiDocument} adds every contribution after the OGC API core resources. The test
 * {@code H2gisApiRoutesDocumentedIT} fails when a {@code @RequestMapping} is missing from {@code /api} or documented
 * with other path or query parameters than its handler takes.
 */
public interface ApiContribution {

    /** Adds this capability's paths (and any components it needs) to the document. */
    void addTo(ApiDocument doc);
}
