package cl.sit.users;

import java.util.List;
import org.springframework.security.core.userdetails.UserDetailsService;

/**
 * What the users' controllers and the session check need of the accounts ({@link UserStore} in the application,
 * which is also Spring Security's source of users).
 */
interface UserData extends UserDetailsService {

    boolean exists(String username);

    /** Creates a user with a hashed password and the given roles. */
    void create(String username, String rawPassword, List<Role> roles);

    /** Whether {@code rawPassword} is the user's password (false for an unknown user). */
    boolean matches(String username, String rawPassword);

    void setPassword(String username, String rawPassword);

    boolean enabled(String username);

    void setEnabled(String username, boolean enabled);

    /** Removes a role; returns whether the user had it. */
    boolean removeRole(String username, Role role);

    /** Adds a role; returns whether the user lacked it. */
    boolean addRole(String username, Role role);

    /** Enabled admins other than {@code username}. */
    int otherAdmins(String username);

    /** Every user, by name. */
    List<UserStore.Account> all();

    List<Role> roles(String username);
}
