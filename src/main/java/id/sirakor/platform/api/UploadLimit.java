package id.sirakor.platform.api;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * On an upload's entity parameter: its own bound instead of {@code SIRAKOR_API_MAX_UPLOAD} (a batch
 * of photos is larger than an Excel import). {@link BodyLimits} enforces it; the listener's
 * max-post-size (55 MB, wildfly-config/sirakor.cli) stays the outer bound.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.PARAMETER, ElementType.METHOD})
public @interface UploadLimit {
    /** The most bytes the request body may have. */
    long bytes();
}
