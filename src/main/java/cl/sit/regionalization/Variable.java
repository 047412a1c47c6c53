package cl.sit.regionalization;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * The variables a regionalization can use, with the parameters each takes and the units it exists for. Their values
 * are computed by {@link VariableValues}.
 */
enum Variable {
    POBLACION("poblacion", "Población", "habitantes", true, List.of("anio")),
    CRECIMIENTO("crecimiento_poblacion", "Crecimiento de la población", "%", false, List.of("desde", "hasta")),
    DENSIDAD("densidad", "Densidad", "hab/km²", true, List.of("anio")),
    URBANA("poblacion_urbana", "Población en zonas censales urbanas (Censo 2017)", "%", false, List.of()),
    EDAD_0_14("poblacion_0_14", "Población de 0 a 14 años (Censo 2017)", "%", false, List.of()),
    EDAD_65("poblacion_65_mas", "Población de 65 años y más (Censo 2017)", "%", false, List.of()),
    DEPENDENCIA("dependencia", "Índice de dependencia (Censo 2017)", "por cada 100 de 15 a 64 años", false, List.of()),
    INVERSION_HAB(
            "inversion_per_capita",
            "Inversión per cápita",
            "$ por habitante",
            false,
            List.of("desde", "hasta", "monto", "programa", "sector")),
    INVERSION_KM2(
            "inversion_por_km2",
            "Inversión por km²",
            "$ por km²",
            false,
            List.of("desde", "hasta", "monto", "programa", "sector")),
    AREAS_PROTEGIDAS("areas_protegidas", "Superficie en áreas protegidas", "%", true, List.of()),
    SITIOS_PRIORITARIOS("sitios_prioritarios", "Superficie en sitios prioritarios", "%", true, List.of()),
    AGENDA21("agenda21", "Completitud Agenda 21 (capas con datos)", "%", false, List.of()),
    CAPA("capa", "Atributo de una capa", "", true, List.of("capa", "atributo", "agregacion"));

    final String id;
    final String title;
    final String measure;
    final boolean forZones;
    final List<String> parameters;

    Variable(String id, String title, String measure, boolean forZones, List<String> parameters) {
        this.id = id;
        this.title = title;
        this.measure = measure;
        this.forZones = forZones;
        this.parameters = parameters;
    }

    static Optional<Variable> of(String id) {
        return Arrays.stream(values()).filter(v -> v.id.equals(id)).findFirst();
    }
}
