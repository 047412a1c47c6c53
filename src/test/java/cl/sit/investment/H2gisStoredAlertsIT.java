package cl.sit.investment;

import static org.assertj.core.api.Assertions.assertThat;

import cl.sit.support.H2gisTestDatabase;
import org.junit.jupiter.api.Test;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * Stored screening and overlap pairs on H2GIS, where the pairs have no foreign keys (migration 42,
 * {@link OverlapKeysOffH2}): the contract's deletes (a project, the illustrative ones) still take their pairs, through
 * the trigger.
 */
class H2gisStoredAlertsIT extends AbstractStoredAlertsIT {

    @DynamicPropertySource
    static void database(DynamicPropertyRegistry registry) {
        H2gisTestDatabase.register(registry);
    }

    @Test
    void thePairsHaveNoForeignKeysAndTheirIndexesOnlyATriggerAndTheLinksOneCommuneIndex() {
        assertThat(jdbc.queryForObject("""
                        SELECT COUNT(*) FROM INFORMATION_SCHEMA.TABLE_CONSTRAINTS
                        WHERE TABLE_NAME = 'investment_overlap' AND CONSTRAINT_TYPE = 'FOREIGN KEY'""", Integer.class)).isZero();
        assertThat(jdbc.queryForList(
                        "SELECT DISTINCT INDEX_NAME FROM INFORMATION_SCHEMA.INDEXES WHERE TABLE_NAME = 'investment_overlap'",
                        String.class))
                .hasSize(4)
                .contains("investment_overlap_page_idx", "investment_overlap_a_idx", "investment_overlap_b_idx");
        assertThat(jdbc.queryForObject("""
                        SELECT COUNT(DISTINCT INDEX_NAME) FROM INFORMATION_SCHEMA.INDEX_COLUMNS
                        WHERE TABLE_NAME = 'investment_territory' AND COLUMN_NAME = 'cut' AND ORDINAL_POSITION = 1""", Integer.class)).isEqualTo(1);
        assertThat(jdbc.queryForObject(
                        "SELECT COUNT(*) FROM INFORMATION_SCHEMA.TRIGGERS WHERE TRIGGER_NAME = 'investment_project_pairs_deleted'",
                        Integer.class))
                .isEqualTo(1);
    }
}
