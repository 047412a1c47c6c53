package cl.sit.users;

import cl.sit.openapi.ApiContribution;
import cl.sit.openapi.ApiDocument;
import cl.sit.openapi.ApiDocument.Op;
import cl.sit.openapi.ApiDocument.Param;
import cl.sit.system.RenamedParameters;
import cl.sit.system.RenamedParameters.Group;
import java.util.List;
import org.springframework.stereotype.Component;

/** Users, roles and editor grants ({@link UsersController}) and one's own password ({@link AccountController}). */
@Component
class UsersApiDocumentation implements ApiContribution {

    private static final String OLD =
            " (hasta la versión " + RenamedParameters.REMOVED_IN + " se aceptan también los nombres antiguos ";

    @Override
    public void addTo(ApiDocument doc) {
        doc.admin(
                "/api/users",
                "get",
                "getUsers",
                "Todos los usuarios con sus roles y permisos (admin): {usuarios: [{usuario, habilitado, roles, "
                        + "permisos: [{usuario, cut, capa, otorgado_por, otorgado_fecha}]}]}");
        doc.admin(
                "/api/users",
                "post",
                "createUser",
                "Crea un usuario con roles (admin): {usuario, contrasena, roles}" + OLD + "username, password)");
        doc.admin("/api/users/{username}/roles/{role}", "put", "addRole", "Da un rol a un usuario (admin)");
        doc.admin("/api/users/{username}/roles/{role}", "delete", "removeRole", "Quita un rol (admin)");
        doc.admin(
                "/api/users/{username}/password",
                "put",
                "resetPassword",
                "Cambia la contraseña de un usuario (admin): {contrasena}" + OLD + "password)");
        doc.admin(
                "/api/users/{username}/enabled",
                "put",
                "enableUser",
                "Habilita o deshabilita (admin): {habilitado}" + OLD + "enabled)");
        doc.admin("/api/users/{username}", "get", "getUser", "Un usuario con sus roles y permisos (admin)");
        doc.admin(
                "/api/users/{username}/grants",
                "post",
                "grantEditor",
                "Permite a un editor editar una capa (o *) de una comuna (admin): {cut, capa}" + OLD + "layer)");
        doc.admin(
                "/api/users/{username}/grants",
                "delete",
                "revokeEditor",
                "Quita un permiso (admin)",
                ApiDocument.withOldNames(
                                List.of(
                                        new Param(
                                                "cut", "query", "string", "CUT de la comuna del permiso (obligatorio)"),
                                        new Param("capa", "query", "string", "Capa del permiso, o * (obligatorio)")),
                                Group.GRANT)
                        .toArray(Param[]::new));
        doc.add(List.of(new Op(
                "/api/account/password",
                "post",
                "changeOwnPassword",
                "Cambia la contraseña del usuario con sesión: {contrasena_actual, contrasena_nueva}" + OLD
                        + "currentPassword, newPassword); 429 con Retry-After tras demasiados intentos fallidos",
                List.of(),
                "application/json",
                true)));
    }
}
