package cl.sit.investment;

import java.util.List;

/** Investment sectors with their strategic axis and the kinds of project the generator names in each. */
enum Sector {
    TRANSPORT(
            "Transporte",
            "conectividad",
            List.of(
                    Template.line("Mejoramiento ruta %s – %s"),
                    Template.line("Conservación camino %s – %s"),
                    Template.line("Pavimentación camino %s – %s"),
                    Template.point("Construcción puente %s"),
                    Template.point("Reposición pasarela %s"))),
    URBAN(
            "Vivienda y Desarrollo Urbano",
            "desarrollo urbano",
            List.of(
                    Template.point("Mejoramiento plaza %s"), Template.point("Construcción sede social %s"),
                    Template.polygon("Habilitación parque urbano %s"),
                            Template.polygon("Construcción conjunto habitacional %s"))),
    HEALTH(
            "Salud",
            "servicios básicos",
            List.of(Template.point("Reposición Posta de Salud Rural %s"), Template.point("Construcción CESFAM %s"))),
    EDUCATION(
            "Educación",
            "capital humano",
            List.of(Template.point("Ampliación escuela rural %s"), Template.point("Reposición liceo %s"))),
    WATER(
            "Agua Potable y Alcantarillado",
            "servicios básicos",
            List.of(
                    Template.point("Instalación sistema de agua potable rural %s"),
                    Template.line("Construcción colector de aguas servidas %s – %s"))),
    ENERGY(
            "Energía",
            "servicios básicos",
            List.of(
                    Template.line("Electrificación rural %s – %s"),
                    Template.point("Instalación sistema fotovoltaico %s"))),
    TOURISM(
            "Turismo",
            "turismo",
            List.of(
                    Template.point("Habilitación mirador %s"),
                    Template.polygon("Puesta en valor borde costero %s"),
                    Template.line("Habilitación sendero %s – %s"))),
    SPORTS(
            "Deportes",
            "desarrollo urbano",
            List.of(Template.point("Construcción multicancha %s"), Template.point("Reposición estadio %s"))),
    FARMING(
            "Silvoagropecuario",
            "agropecuario",
            List.of(
                    Template.polygon("Recuperación de suelos degradados %s"),
                    Template.polygon("Forestación con especies nativas %s"),
                    Template.point("Centro de acopio lechero %s")));

    final String label;
    final String axis;
    final List<Template> templates;

    Sector(String label, String axis, List<Template> templates) {
        this.label = label;
        this.axis = axis;
        this.templates = templates;
    }

    /** Geometry kind of a generated project. */
    enum Kind {
        POINT,
        LINE,
        POLYGON
    }

    /** A project name pattern: {@code %s} is a place; lines take two places (from, to). */
    record Template(String pattern, Kind kind) {
        static Template point(String pattern) {
            return new Template(pattern, Kind.POINT);
        }

        static Template line(String pattern) {
            return new Template(pattern, Kind.LINE);
        }

        static Template polygon(String pattern) {
            return new Template(pattern, Kind.POLYGON);
        }
    }
}
