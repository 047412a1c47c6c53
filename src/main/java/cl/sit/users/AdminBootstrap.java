package cl.sit.users;

import java.security.SecureRandom;
import java.util.Base64;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Creates the first admin ({@code admin}) when there is none: with {@code SIT_ADMIN_PASSWORD} when set,
 * otherwise with a random password printed once, here and never again. SIT has no built-in password. A
 * {@code SIT_ADMIN_PASSWORD} that breaks {@link PasswordRule} stops the start with the reason.
 */
@Component
class AdminBootstrap implements SmartInitializingSingleton {

    private static final Logger log = LoggerFactory.getLogger(AdminBootstrap.class);
    static final String ADMIN = "admin";

    private final UserStore users;
    private final String configured;

    AdminBootstrap(UserStore users, @Value("${sit.admin-password:}") String configured) {
        this.users = users;
        this.configured = configured;
    }

    @Override
    public void afterSingletonsInstantiated() {
        if (users.exists(ADMIN)) {
            return;
        }
        if (!configured.isEmpty()) {
            PasswordRule.problem(ADMIN, configured).ifPresent(problem -> {
                throw new IllegalStateException("SIT_ADMIN_PASSWORD (sit.admin-password) is too weak to create the "
                        + "first admin: " + problem + ". Choose a stronger one, or unset it to get a random one.");
            });
            users.create(ADMIN, configured, List.of(Role.ADMIN));
            log.info("Created the first admin user 'admin' with the password from SIT_ADMIN_PASSWORD");
            return;
        }
        byte[] random = new byte[18];
        new SecureRandom().nextBytes(random);
        String password = Base64.getUrlEncoder().withoutPadding().encodeToString(random);
        users.create(ADMIN, password, List.of(Role.ADMIN));
        // Printed once: it is not stored anywhere but as a hash.
        log.warn("""

                ==================================================================
                 Usuario administrador creado: admin
                 Contraseña inicial (se muestra solo esta vez): {}
                 Defina SIT_ADMIN_PASSWORD para elegirla en una base nueva.
                ==================================================================""", password);
    }
}
