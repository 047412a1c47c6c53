/**
 * Users and roles kept in the database ({@code app_user}, {@code app_user_role}), with hashed passwords and a
 * password rule; the creation of the first admin at start (from {@code SIT_ADMIN_PASSWORD}, or a random password
 * printed once); the account API (own password, reset, roles, disabling); editor grants; and the protection of
 * signing in: throttling of failed attempts and sessions that follow their user's current state.
 */
package cl.sit.users;
