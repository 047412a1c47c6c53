package cl.sit.users;

import java.util.List;
import java.util.Map;

/** What {@link UsersController} needs of the editors' grants ({@link Grants} in the application). */
interface GrantData {

    List<Grant> of(String username);

    /** Every grant, by user. */
    Map<String, List<Grant>> all();

    /** Adds a grant (no effect when it exists); a commune that does not exist is a data integrity violation. */
    void grant(String username, String cut, String layerId, String grantedBy);

    /** Removes a grant; returns whether there was one. */
    boolean revoke(String username, String cut, String layerId);
}
