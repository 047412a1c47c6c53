package cl.sit.users;

import cl.sit.storage.SqlFiles;
import java.util.List;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** Users and their roles in the database; also Spring Security's source of users. */
@Component
public class UserStore implements UserData {

    private final JdbcTemplate jdbc;
    private final SqlFiles sql;
    private final PasswordEncoder passwords;

    UserStore(JdbcTemplate jdbc, SqlFiles sql, PasswordEncoder passwords) {
        this.jdbc = jdbc;
        this.sql = sql;
        this.passwords = passwords;
    }

    /**
     * The user and its roles, read one after the other: reading the roles inside the user's row mapper would hold
     * one pooled connection while asking for a second, and a few concurrent sign-ins then wait on each other until
     * the pool gives up.
     */
    @Override
    public UserDetails loadUserByUsername(String username) {
        List<User.UserBuilder> found = jdbc.query(
                sql.get(UserStore.class, "select-user"),
                (rs, i) -> User.withUsername(rs.getString(1))
                        .password(rs.getString(2))
                        .disabled(!rs.getBoolean(3)),
                username);
        if (found.isEmpty()) {
            throw new UsernameNotFoundException("Usuario desconocido");
        }
        return found.get(0)
                .roles(roles(username).stream().map(Role::authority).toArray(String[]::new))
                .build();
    }

    @Override
    public boolean exists(String username) {
        Integer n = jdbc.queryForObject(sql.get(UserStore.class, "count-user"), Integer.class, username);
        return n != null && n > 0;
    }

    /** Creates a user with a hashed password and the given roles. */
    @Override
    @Transactional
    public void create(String username, String rawPassword, List<Role> roles) {
        jdbc.update(sql.get(UserStore.class, "insert-user"), username, passwords.encode(rawPassword));
        for (Role r : roles) {
            jdbc.update(sql.get(UserStore.class, "insert-role"), username, r.stored());
        }
    }

    /** Whether {@code rawPassword} is the user's password (false for an unknown user). */
    @Override
    public boolean matches(String username, String rawPassword) {
        List<String> hash = jdbc.queryForList(sql.get(UserStore.class, "select-password"), String.class, username);
        return !hash.isEmpty() && passwords.matches(rawPassword, hash.get(0));
    }

    @Override
    public void setPassword(String username, String rawPassword) {
        jdbc.update(sql.get(UserStore.class, "update-password"), passwords.encode(rawPassword), username);
    }

    @Override
    public boolean enabled(String username) {
        return jdbc.query(sql.get(UserStore.class, "select-user"), (rs, i) -> rs.getBoolean(3), username)
                .contains(Boolean.TRUE);
    }

    @Override
    public void setEnabled(String username, boolean enabled) {
        jdbc.update(sql.get(UserStore.class, "update-enabled"), enabled, username);
    }

    /** Removes a role; returns whether the user had it. */
    @Override
    public boolean removeRole(String username, Role role) {
        return jdbc.update(sql.get(UserStore.class, "delete-role"), username, role.stored()) > 0;
    }

    /** Enabled admins other than {@code username}. */
    @Override
    public int otherAdmins(String username) {
        Integer n = jdbc.queryForObject(sql.get(UserStore.class, "count-other-admins"), Integer.class, username);
        return n == null ? 0 : n;
    }

    /** A user as listed for admins: name, whether it may sign in, and its roles. */
    public record Account(String username, boolean enabled, List<Role> roles) {}

    /** Every user, by name. */
    @Override
    public List<Account> all() {
        java.util.Map<String, List<Role>> roles = new java.util.HashMap<>();
        jdbc.query(sql.get(UserStore.class, "select-all-roles"), rs -> {
            roles.computeIfAbsent(rs.getString(1), k -> new java.util.ArrayList<>())
                    .add(role(rs.getString(2)));
        });
        return jdbc.query(
                sql.get(UserStore.class, "select-users"),
                (rs, i) ->
                        new Account(rs.getString(1), rs.getBoolean(2), roles.getOrDefault(rs.getString(1), List.of())));
    }

    /** Adds a role; returns whether the user lacked it. */
    @Override
    @Transactional
    public boolean addRole(String username, Role role) {
        if (roles(username).contains(role)) {
            return false;
        }
        jdbc.update(sql.get(UserStore.class, "insert-role"), username, role.stored());
        return true;
    }

    private static Role role(String stored) {
        return Role.valueOf(stored.toUpperCase(java.util.Locale.ROOT));
    }

    @Override
    public List<Role> roles(String username) {
        return jdbc.query(sql.get(UserStore.class, "select-roles"), (rs, i) -> role(rs.getString(1)), username);
    }
}
