/**
 * Users and roles kept in the database, with hashed passwords and a password rule; the creation of the first admin
 * at start; the account API (own password, reset, roles, disabling); editor grants per commune and layer; the
 * protection of signing in; and the pages {@code /login} and {@code /administracion}.
 *
 * <p>Owns {@code app_user}, {@code app_user_role}, {@code layer_grant}.
 */
@Owns(tables = {"app_user", "app_user_role", "layer_grant"})
package cl.sit.users;

import cl.sit.system.Owns;
