package cl.sit.territory;

import java.util.List;

/** The communes in force by CUT code and name ({@link JdbcCommuneNames} in the application). */
public interface CommuneNames {

    /** A commune by CUT code and name. */
    record Commune(String cut, String nombre) {}

    /** Every commune, ordered by name (the editor's commune lists pick from them). */
    List<Commune> byName();
}
