package cl.sit.users;

import cl.sit.openapi.ApiContribution;
import cl.sit.openapi.ApiDocument;
import cl.sit.openapi.ApiDocument.Op;
import cl.sit.openapi.ApiDocument.Param;
import java.util.List;
import org.springframework.stereotype.Component;

/** Users, roles and editor grants ({@link UsersController}) and one's own password ({@link AccountController}). */
@Component
class UsersApiDocumentation implements ApiContribution {

    @Override
    public void addTo(ApiDocument doc) {
        doc.admin("/api/users", "get", "getUsers", "Todos los usuarios con sus roles y permisos (admin)");
        doc.admin("/api/users", "post", "createUser", "Crea un usuario con roles (admin)");
        doc.admin("/api/users/{username}/roles/{role}", "put", "addRole", "Da un rol a un usuario (admin)");
        doc.admin("/api/users/{username}/roles/{role}", "delete", "removeRole", "Quita un rol (admin)");
        doc.admin(
                "/api/users/{username}/password", "put", "resetPassword", "Cambia la contraseña de un usuario (admin)");
        doc.admin("/api/users/{username}/enabled", "put", "enableUser", "Habilita o deshabilita (admin)");
        doc.admin("/api/users/{username}", "get", "getUser", "Un usuario con sus roles y permisos (admin)");
        doc.admin(
                "/api/users/{username}/grants",
                "post",
                "grantEditor",
                "Permite a un editor editar una capa (o *) de una comuna (admin)");
        doc.admin(
                "/api/users/{username}/grants",
                "delete",
                "revokeEditor",
                "Quita un permiso (admin)",
                new Param("cut", "query", "string", "CUT de la comuna del permiso (obligatorio)"),
                new Param("layer", "query", "string", "Capa del permiso, o * (obligatorio)"));
        doc.add(List.of(new Op(
                "/api/account/password",
                "post",
                "changeOwnPassword",
                "Cambia la contraseña del "
                        + "usuario con sesión: {currentPassword, newPassword}; 429 con Retry-After tras demasiados intentos "
                        + "fallidos",
                List.of(),
                "application/json",
                true)));
    }
}
