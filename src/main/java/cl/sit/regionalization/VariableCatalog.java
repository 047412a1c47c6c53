package cl.sit.regionalization;

import cl.sit.indicators.CommuneInvestment;
import cl.sit.layer.AttributeType;
import cl.sit.layer.LayerRegistry;
import cl.sit.storage.SqlFiles;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.Arrays;
import java.util.List;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/** What the page's form offers: variables with their parameters, programmes, sectors, layers, unit sets. */
@Component
class VariableCatalog implements RegionalizationData.Variables {

    record Entry(
            String id,
            String nombre,
            String medida,
            @JsonProperty("zonas_censales") boolean zonas,
            List<String> parametros) {}

    record LayerEntry(String id, String titulo, List<Attribute> atributos) {}

    record Attribute(String nombre, String titulo) {}

    record ZoneCommune(String cut, String nombre, int zonas) {}

    record Catalog(
            List<Entry> variables,
            List<String> programas,
            List<String> sectores,
            List<LayerEntry> capas,
            List<String> regiones,
            @JsonProperty("comunas_con_zonas") List<ZoneCommune> comunasConZonas,
            Limits limites) {}

    record Limits(
            int variables,
            int k,
            @JsonProperty("unidades") int units,
            int intentos,
            @JsonProperty("distancia_m") double distanciaM) {}

    private final CommuneInvestment investment;
    private final LayerRegistry registry;
    private final UnitStore units;
    private final JdbcTemplate jdbc;
    private final SqlFiles sql;

    VariableCatalog(
            CommuneInvestment investment, LayerRegistry registry, UnitStore units, JdbcTemplate jdbc, SqlFiles sql) {
        this.investment = investment;
        this.registry = registry;
        this.units = units;
        this.jdbc = jdbc;
        this.sql = sql;
    }

    @Override
    public Catalog catalog() {
        List<Entry> variables = Arrays.stream(Variable.values())
                .map(v -> new Entry(v.id, v.title, v.measure, v.forZones, v.parameters))
                .toList();
        List<LayerEntry> layers = registry.all().stream()
                .filter(l -> !l.geometryType().equals("None"))
                .map(l -> new LayerEntry(
                        l.id(),
                        l.title(),
                        l.attributes().stream()
                                .filter(a -> a.type() == AttributeType.NUMBER || a.type() == AttributeType.INTEGER)
                                .map(a -> new Attribute(a.name(), a.title()))
                                .toList()))
                .toList();
        List<ZoneCommune> zones = jdbc.query(
                sql.get(VariableCatalog.class, "select-zone-communes"),
                (rs, i) -> new ZoneCommune(rs.getString(1), rs.getString(2), rs.getInt(3)));
        return new Catalog(
                variables,
                investment.groups("programa", 1900, 2100),
                investment.groups("sector", 1900, 2100),
                layers,
                units.regions(),
                zones,
                new Limits(
                        RegionalizationRequest.MAX_VARIABLES,
                        RegionalizationRequest.MAX_K,
                        Regionalizations.MAX_UNITS,
                        RegionalizationRequest.MAX_TRIES,
                        RegionalizationRequest.MAX_TOLERANCE_M));
    }
}
