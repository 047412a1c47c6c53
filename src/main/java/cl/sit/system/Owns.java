package cl.sit.system;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * What a capability package owns, on its {@code package-info.java}: the tables only it writes (INSERT, UPDATE,
 * DELETE or MERGE in its SQL files), and the tables of other packages its SQL reads. {@code ArchitectureTest}
 * checks both against the SQL files beside the package's classes, so a write through another package's table
 * or an undeclared read fails the build. A package with no table says {@code @Owns}.
 */
@Documented
@Target(ElementType.PACKAGE)
@Retention(RetentionPolicy.RUNTIME)
public @interface Owns {

    /** Tables this package alone writes. */
    String[] tables() default {};

    /** Tables of other packages that this package's SQL reads (never writes). */
    String[] reads() default {};
}
