package cl.sit.users;

import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * What SIT accepts as a password: at least 10 characters, not only spaces, at least 5 different characters, not
 * the user name, not one of the passwords every guessing list starts with, and at most 72 bytes
 * (what bcrypt hashes; a longer one would silently lose its end). Applied to new users, changed and reset
 * passwords, and {@code SIT_ADMIN_PASSWORD}; passwords already stored are not re-checked.
 */
public final class PasswordRule {

    static final int MIN_LENGTH = 10;
    static final int MIN_DISTINCT = 5;
    static final int MAX_BYTES = 72;

    /** Compared after lower-casing and removing accents. */
    private static final Set<String> COMMON = Set.of(
            "password",
            "password1",
            "password12",
            "password123",
            "password1234",
            "passw0rd123",
            "contrasena",
            "contrasena1",
            "contrasena12",
            "contrasena123",
            "contrasena1234",
            "1234567890",
            "0123456789",
            "12345678910",
            "123456789a",
            "qwertyuiop",
            "qwerty1234",
            "qwerty12345",
            "asdfghjkl1",
            "1q2w3e4r5t",
            "iloveyou12",
            "administrador",
            "administrator",
            "admin12345",
            "admin123456",
            "sistema123",
            "bienvenido",
            "bienvenido1",
            "bienvenido123",
            "valdivia123",
            "valdivia2026",
            "chile12345",
            "losrios123",
            "abcdefghij",
            "abc1234567",
            "1234567890a",
            "changeme123",
            "letmein123",
            "superclave",
            "clave12345",
            "claveclave");

    /** The rule in words, for the pages where a password is chosen. */
    public static final String SUMMARY = "Al menos " + MIN_LENGTH + " caracteres, con " + MIN_DISTINCT
            + " distintos; que no sea el nombre de usuario ni una contraseña de las más usadas.";

    private PasswordRule() {}

    /** What is wrong with {@code password} for {@code username}, in Spanish; empty when it may be used. */
    public static Optional<String> problem(String username, String password) {
        if (password == null || password.codePointCount(0, password.length()) < MIN_LENGTH) {
            return Optional.of("La contraseña debe tener al menos " + MIN_LENGTH + " caracteres");
        }
        if (password.isBlank()) {
            return Optional.of("La contraseña no puede ser solo espacios");
        }
        if (password.getBytes(StandardCharsets.UTF_8).length > MAX_BYTES) {
            return Optional.of("La contraseña no puede pasar de " + MAX_BYTES + " bytes (unos 70 caracteres)");
        }
        if (password.codePoints().distinct().count() < MIN_DISTINCT) {
            return Optional.of("La contraseña debe tener al menos " + MIN_DISTINCT + " caracteres distintos");
        }
        String plain = plain(password);
        if (username != null && !username.isBlank() && plain.equals(plain(username))) {
            return Optional.of("La contraseña no puede ser el nombre de usuario");
        }
        if (COMMON.contains(plain)) {
            return Optional.of("Esa contraseña es de las primeras que se prueban al adivinar; elija otra");
        }
        return Optional.empty();
    }

    private static String plain(String s) {
        return Normalizer.normalize(s.toLowerCase(Locale.ROOT), Normalizer.Form.NFD)
                .replaceAll("\\p{M}", "");
    }
}
