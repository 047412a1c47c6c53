package cl.sit.users;

/** Roles of SIT, as stored; Spring Security sees them as {@code ROLE_ADMIN}, {@code ROLE_INVERSION}, ... */
public enum Role {
    ADMIN("admin"),
    INVERSION("inversion"),
    EDITOR("editor");

    private final String stored;

    Role(String stored) {
        this.stored = stored;
    }

    public String stored() {
        return stored;
    }

    /** The name Spring Security's {@code hasRole} expects. */
    public String authority() {
        return name();
    }
}
