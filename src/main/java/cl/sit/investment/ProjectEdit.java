package cl.sit.investment;

import cl.sit.geojson.GeoJsonReader;
import cl.sit.layer.LayerGenerations;
import cl.sit.storage.SqlFiles;
import cl.sit.storage.Wkb;
import cl.sit.system.ApiException;
import cl.sit.system.ErrorCode;
import cl.sit.system.InputLimits;
import cl.sit.territory.CodeCrosswalk;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.geojson.Feature;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Replaces a project with a new version (attributes and geometry), guarded by its version number so that two
 * people editing the same project never overwrite each other, and re-links it to the communes it now touches.
 */
@Component
class ProjectEdit implements ProjectEdits {

    private final JdbcTemplate jdbc;
    private final SqlFiles sql;
    private final InvestmentLinker linker;
    private final LayerGenerations generations;
    private final CodeCrosswalk crosswalk;
    private final ProjectHistory history;
    private final int maxVertices;

    ProjectEdit(
            JdbcTemplate jdbc,
            SqlFiles sql,
            InvestmentLinker linker,
            LayerGenerations generations,
            CodeCrosswalk crosswalk,
            ProjectHistory history,
            InputLimits limits) {
        this.history = history;
        this.maxVertices = limits.maxVertices();
        this.crosswalk = crosswalk;
        this.jdbc = jdbc;
        this.sql = sql;
        this.linker = linker;
        this.generations = generations;
    }

    /** The current version, or null when there is no such project. */
    @Override
    public Integer version(int id) {
        List<Integer> v = jdbc.queryForList(sql.get(ProjectEdit.class, "select-version"), Integer.class, id);
        return v.isEmpty() ? null : v.get(0);
    }

    /**
     * Replaces project {@code id} if its version is still {@code expectedVersion}; returns the new version. What
     * changed goes to the project's history as {@code username}'s (nothing when nothing changed).
     *
     * @throws ImportRejected with the errors when the feature is not a valid project (nothing changes)
     * @throws ApiException 404 when there is no such project, 412 when someone else changed it first
     */
    @Transactional
    @Override
    public int replace(int id, int expectedVersion, Feature feature, String username) {
        ProjectHistory.Versioned before = history.stored(id);
        if (before == null) {
            throw ErrorCode.PROJECT_NOT_FOUND.exception("No existe el proyecto de inversión " + id);
        }
        int current = before.version();
        Map<String, String> row = new TreeMap<>();
        feature.getProperties().forEach((k, v) -> row.put(k.toLowerCase(Locale.ROOT), ProjectRows.text(v)));
        ProjectRows rows =
                new ProjectRows(ProjectImport.communeCodes(jdbc, sql, crosswalk), "Edición en SIT", maxVertices, null);
        InvestmentProject p = feature.getGeometry() == null ? null : rows.project(1, row, geometry(feature));
        rows.checkStored(codes -> codes.stream()
                .filter(code -> !jdbc.queryForList(
                                sql.get(ProjectEdit.class, "select-other-bip-codes"), String.class, code, id)
                        .isEmpty())
                .collect(Collectors.toSet()));
        if (feature.getGeometry() == null) {
            rows.errors().add(new ImportError(1, "geometry", "Falta la geometría"));
        }
        if (!rows.errors().isEmpty()) {
            throw new ImportRejected(rows.errors());
        }
        int updated = jdbc.update(
                sql.get(ProjectEdit.class, "update-project"),
                p.bipCode(),
                p.name(),
                p.programme(),
                p.fundingSource(),
                p.sector(),
                p.stage(),
                p.status(),
                p.institution(),
                p.strategicAxis(),
                p.totalCostClp(),
                p.startYear(),
                p.endYear(),
                p.declaredCommune(),
                Wkb.write(p.geometry()),
                id,
                expectedVersion);
        if (updated == 0 || current != expectedVersion) {
            throw conflict(current);
        }
        InvestmentWriter.replaceAmounts(jdbc, sql, id, p.amounts());
        linker.link(jdbc, id, p.geometry());
        generations.bump(InvestmentWriter.LAYER_ID);
        ProjectState.Changes changes = ProjectState.of(p).changesFrom(before.state());
        if (!changes.isEmpty()) {
            history.record(
                    new ProjectHistory.Origin(username, ProjectHistory.FORM, null),
                    List.of(new ProjectHistory.Pending(id, p.bipCode(), ProjectHistory.UPDATED, changes)));
        }
        return expectedVersion + 1;
    }

    /**
     * Deletes project {@code id} if its version is still {@code expectedVersion}, with its amounts, links,
     * memberships, screening and overlap pairs; the figures kept per unit and the overlap counts follow. Its history
     * stays, ending in an entry "eliminado" by {@code username} that keeps every value it had.
     *
     * @throws ApiException 404 when there is no such project, 412 when someone else changed it first
     */
    @Transactional
    @Override
    public void remove(int id, int expectedVersion, String username) {
        ProjectHistory.Versioned before = history.stored(id);
        if (before == null) {
            throw ErrorCode.PROJECT_NOT_FOUND.exception("No existe el proyecto de inversión " + id);
        }
        if (before.version() != expectedVersion) {
            throw conflict(before.version());
        }
        linker.unlink(jdbc, List.of(id));
        jdbc.update(sql.get(ProjectEdit.class, "delete-amounts"), id);
        if (jdbc.update(sql.get(ProjectEdit.class, "delete-project"), id, expectedVersion) == 0) {
            throw conflict(before.version());
        }
        linker.deleted(jdbc, 1);
        generations.bump(InvestmentWriter.LAYER_ID);
        history.record(
                new ProjectHistory.Origin(username, ProjectHistory.FORM, null),
                List.of(new ProjectHistory.Pending(
                        id,
                        (String) before.state().fields().get("codigo_bip"),
                        ProjectHistory.DELETED,
                        before.state().asDeleted())));
    }

    /** The 412 of a stale version, {@code current} the stored one. */
    static ApiException conflict(int current) {
        return ErrorCode.VERSION_CONFLICT.exception("El proyecto cambió desde que lo leyó (versión actual " + current
                + "); vuelva a leerlo y aplique su cambio sobre esa versión");
    }

    private static org.locationtech.jts.geom.Geometry geometry(Feature feature) {
        try {
            return GeoJsonReader.toJts(feature.getGeometry());
        } catch (IllegalArgumentException e) {
            throw new ImportRejected(List.of(new ImportError(
                    1,
                    "geometry",
                    "La geometría no es GeoJSON válido: "
                            + "cada posición tiene 2 números (longitud, latitud) o 3 (con altitud)")));
        }
    }
}
