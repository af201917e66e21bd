package id.sirakor.platform.api;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/** One-line description of an /api/v1 operation, shown in the OpenAPI document. */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.METHOD)
public @interface ApiDoc {
    String value();

    /** Success statuses when not the usual one (201 for POST, 200 otherwise), e.g. {200, 201}. */
    int[] success() default {};
}
