package cl.sit.users;

import cl.sit.system.ApiSlice;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.TestPropertySource;

/**
 * A slice of the users capability's API behind the application's security chain, over {@link InMemoryUsers};
 * three failed password checks of an account make it wait.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@ApiSlice
@Import({InMemoryUsers.class, UsersController.class, AccountController.class})
@TestPropertySource(properties = "sit.login.account-failures=3")
@interface UsersSlice {}
