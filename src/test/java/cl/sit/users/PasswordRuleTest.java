package cl.sit.users;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** The password rule, case by case. */
class PasswordRuleTest {

    @ParameterizedTest(name = "''{0}'' is refused: {1}")
    @CsvSource(
            delimiter = '|',
            value = {
                "corta1!      | al menos 10 caracteres",
                "'          ' | solo espacios",
                "aaaaaaaaaaaa | 5 caracteres distintos",
                "abab1212abab | 5 caracteres distintos",
                "ana.perez.01 | el nombre de usuario",
                "ANA.PEREZ.01 | el nombre de usuario",
                "Contraseña123 | primeras que se prueban",
                "QWERTYUIOP   | primeras que se prueban",
                "1234567890   | primeras que se prueban"
            })
    void refused(String password, String reason) {
        assertThat(PasswordRule.problem("ana.perez.01", password))
                .hasValueSatisfying(p -> assertThat(p).contains(reason));
    }

    @ParameterizedTest
    @ValueSource(strings = {"río Calle-Calle 2026", "clave-admin-de-prueba", "ñandú-azul-9"})
    void accepted(String password) {
        assertThat(PasswordRule.problem("ana.perez.01", password)).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(ints = {72, 73})
    void atMost72BytesAsBcryptHashesNoMore(int bytes) {
        String password = "abcdefghij".repeat(8).substring(0, bytes);
        assertThat(PasswordRule.problem("ana", password).isPresent()).isEqualTo(bytes > 72);
    }

    @Test
    void bytesNotCharactersCount() {
        String password = "ñandú".repeat(12);
        assertThat(password.length()).isLessThan(72);
        assertThat(PasswordRule.problem("ana", password))
                .hasValueSatisfying(p -> assertThat(p).contains("72 bytes"));
    }
}
