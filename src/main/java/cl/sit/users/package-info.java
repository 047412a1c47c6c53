/**
 * Users and roles kept in the database ({@code app_user}, {@code app_user_role}), with hashed passwords, and the
 * creation of the first admin at start (from {@code SIT_ADMIN_PASSWORD}, or a random password printed once).
 */
package cl.sit.users;
