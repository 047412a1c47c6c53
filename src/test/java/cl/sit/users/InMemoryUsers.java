package cl.sit.users;

import cl.sit.layer.FixedLayerRegistry;
import cl.sit.layer.Layer;
import cl.sit.layer.LayerRegistry;
import cl.sit.system.SecuritySlice;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * In-memory accounts, grants and layers for the users slices, behind the application's security chain
 * ({@link SecuritySlice}) with its real sign-in guards and throttle (three failures per account, see the slices'
 * {@link UsersSlice}): users {@link #ADMIN} (admin), {@link #EDITOR} (editor, one grant), {@link #INVESTMENT} (inversion)
 * and {@link #DISABLED}, all with password {@link #PASSWORD}, checked by the application's password encoder; communes 14101 and 14102; an editable layer
 * {@link #EDITABLE} and a read-only one {@link #READ_ONLY}. {@link Accounts#reset} puts them back before each test.
 */
@TestConfiguration(proxyBeanMethods = false)
@EnableConfigurationProperties(LoginSettings.class)
@Import({SecuritySlice.class, UserSignInGuards.class, InMemoryLoginThrottle.class})
class InMemoryUsers {

    static final String ADMIN = "admin";
    static final String EDITOR = "ana.editora";
    static final String INVESTMENT = "ines.inversion";
    static final String DISABLED = "bruno";
    static final String PASSWORD = "Rio-Calle-Calle-7";
    static final String EDITABLE = "agenda21-residuos";
    static final String READ_ONLY = "comunas";
    static final OffsetDateTime GRANTED = OffsetDateTime.of(2026, 3, 1, 12, 0, 0, 0, ZoneOffset.UTC);

    @Bean
    Accounts accounts(PasswordEncoder passwords) {
        return new Accounts(passwords);
    }

    @Bean
    InMemoryGrants grants() {
        return new InMemoryGrants();
    }

    @Bean
    LayerRegistry layerRegistry() {
        return new FixedLayerRegistry(layer(EDITABLE, true), layer(READ_ONLY, false));
    }

    private static Layer layer(String id, boolean editable) {
        return new Layer(id, id, "", id, "id", "Point", List.of(), null, false, "Prueba", true, editable, null);
    }

    /** One account: its password hash, whether it may sign in, its roles. */
    private record Account(String hash, boolean enabled, List<Role> roles) {}

    /** Accounts by name, with hashed passwords, also the chain's source of users. */
    static final class Accounts implements UserData {

        private final PasswordEncoder passwords;
        private final String hash = stored(PASSWORD);
        private final Map<String, Account> byName = new TreeMap<>();

        Accounts(PasswordEncoder passwords) {
            this.passwords = passwords;
            reset();
        }

        /**
         * A password as kept here: with the {@code noop} id the application's delegating encoder reads, since
         * hashing is slow on purpose (the store's bcrypt hashes are tested by the ITs).
         */
        private static String stored(String rawPassword) {
            return "{noop}" + rawPassword;
        }

        synchronized void reset() {
            byName.clear();
            byName.put(ADMIN, new Account(hash, true, List.of(Role.ADMIN)));
            byName.put(EDITOR, new Account(hash, true, List.of(Role.EDITOR)));
            byName.put(INVESTMENT, new Account(hash, true, List.of(Role.INVERSION)));
            byName.put(DISABLED, new Account(hash, false, List.of(Role.EDITOR)));
        }

        @Override
        public synchronized UserDetails loadUserByUsername(String username) {
            Account a = byName.get(username);
            if (a == null) {
                throw new UsernameNotFoundException("Usuario desconocido");
            }
            return User.withUsername(username)
                    .password(a.hash())
                    .disabled(!a.enabled())
                    .roles(a.roles().stream().map(Role::authority).toArray(String[]::new))
                    .build();
        }

        @Override
        public synchronized boolean exists(String username) {
            return byName.containsKey(username);
        }

        @Override
        public synchronized void create(String username, String rawPassword, List<Role> roles) {
            byName.put(username, new Account(stored(rawPassword), true, List.copyOf(roles)));
        }

        @Override
        public synchronized boolean matches(String username, String rawPassword) {
            Account a = byName.get(username);
            return a != null && passwords.matches(rawPassword, a.hash());
        }

        @Override
        public synchronized void setPassword(String username, String rawPassword) {
            Account a = byName.get(username);
            byName.put(username, new Account(stored(rawPassword), a.enabled(), a.roles()));
        }

        @Override
        public synchronized boolean enabled(String username) {
            Account a = byName.get(username);
            return a != null && a.enabled();
        }

        @Override
        public synchronized void setEnabled(String username, boolean enabled) {
            Account a = byName.get(username);
            byName.put(username, new Account(a.hash(), enabled, a.roles()));
        }

        @Override
        public synchronized boolean removeRole(String username, Role role) {
            Account a = byName.get(username);
            List<Role> roles = new ArrayList<>(a.roles());
            boolean had = roles.remove(role);
            byName.put(username, new Account(a.hash(), a.enabled(), roles));
            return had;
        }

        @Override
        public synchronized boolean addRole(String username, Role role) {
            Account a = byName.get(username);
            if (a.roles().contains(role)) {
                return false;
            }
            List<Role> roles = new ArrayList<>(a.roles());
            roles.add(role);
            byName.put(username, new Account(a.hash(), a.enabled(), roles));
            return true;
        }

        @Override
        public synchronized int otherAdmins(String username) {
            return (int) byName.entrySet().stream()
                    .filter(e -> !e.getKey().equals(username))
                    .filter(e -> e.getValue().enabled() && e.getValue().roles().contains(Role.ADMIN))
                    .count();
        }

        @Override
        public synchronized List<UserStore.Account> all() {
            return byName.entrySet().stream()
                    .map(e -> new UserStore.Account(
                            e.getKey(), e.getValue().enabled(), e.getValue().roles()))
                    .toList();
        }

        @Override
        public synchronized List<Role> roles(String username) {
            Account a = byName.get(username);
            return a == null ? List.of() : a.roles();
        }
    }

    /** Grants in insertion order; a commune other than 14101 and 14102 violates integrity, as in the database. */
    static final class InMemoryGrants implements GrantData {

        private final List<Grant> grants = new ArrayList<>();

        InMemoryGrants() {
            reset();
        }

        synchronized void reset() {
            grants.clear();
            grants.add(new Grant(EDITOR, "14101", EDITABLE, ADMIN, GRANTED));
        }

        @Override
        public synchronized List<Grant> of(String username) {
            return grants.stream().filter(g -> g.username().equals(username)).toList();
        }

        @Override
        public synchronized Map<String, List<Grant>> all() {
            Map<String, List<Grant>> all = new LinkedHashMap<>();
            grants.forEach(g ->
                    all.computeIfAbsent(g.username(), k -> new ArrayList<>()).add(g));
            return all;
        }

        @Override
        public synchronized void grant(String username, String cut, String layerId, String grantedBy) {
            if (!cut.equals("14101") && !cut.equals("14102")) {
                throw new DataIntegrityViolationException("layer_grant_cut_fkey");
            }
            if (of(username).stream()
                    .noneMatch(g -> g.cut().equals(cut) && g.layerId().equals(layerId))) {
                grants.add(new Grant(username, cut, layerId, grantedBy, GRANTED));
            }
        }

        @Override
        public synchronized boolean revoke(String username, String cut, String layerId) {
            return grants.removeIf(g -> g.username().equals(username)
                    && g.cut().equals(cut)
                    && g.layerId().equals(layerId));
        }
    }
}
