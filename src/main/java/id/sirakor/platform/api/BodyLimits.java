package id.sirakor.platform.api;

import id.sirakor.platform.config.Settings;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.ext.Provider;
import jakarta.ws.rs.ext.ReaderInterceptor;
import jakarta.ws.rs.ext.ReaderInterceptorContext;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;

/**
 * Bounds every /api/v1 request body that is not JSON (JSON has its own, lower limit in
 * {@link StrictJsonReader}): an Excel import or other upload over {@code SIRAKOR_API_MAX_UPLOAD}
 * bytes (10 MB) gets 413 at once by its Content-Length, or as soon as a chunked body passes it.
 * An entity parameter annotated {@link UploadLimit} has its own bound (a batch of photos).
 * The listener's max-post-size (wildfly-config/sirakor.cli) is the outer bound for everything.
 */
@Provider
public class BodyLimits implements ReaderInterceptor {

    static final long UPLOAD_LIMIT = limit();

    private static long limit() {
        try {
            return Long.parseLong(Settings.get("sirakor.api.max.upload.bytes", "SIRAKOR_API_MAX_UPLOAD", String.valueOf(10L * 1024 * 1024)));
        } catch (NumberFormatException e) {
            return 10L * 1024 * 1024;
        }
    }

    @Override
    public Object aroundReadFrom(ReaderInterceptorContext ctx) throws IOException {
        boolean json = ctx.getMediaType() != null && ctx.getMediaType().getSubtype().toLowerCase().contains("json");
        if (!json) {
            long limit = UPLOAD_LIMIT;
            for (java.lang.annotation.Annotation a : ctx.getAnnotations() == null ? new java.lang.annotation.Annotation[0] : ctx.getAnnotations()) {
                if (a instanceof UploadLimit u) {
                    limit = u.bytes();
                }
            }
            String length = ctx.getHeaders().getFirst("Content-Length");
            if (length != null) {
                try {
                    if (Long.parseLong(length.trim()) > limit) {
                        throw new TooLarge(limit);
                    }
                } catch (NumberFormatException e) {
                    throw new WebApplicationException(400);
                }
            }
            ctx.setInputStream(new Bounded(ctx.getInputStream(), limit));
        }
        return ctx.proceed();
    }

    /** Throws 413 when more than {@code max} bytes are read. */
    static final class Bounded extends FilterInputStream {
        private final long max;
        private long count;

        Bounded(InputStream in, long max) {
            super(in);
            this.max = max;
        }

        private void add(long n) {
            if (n > 0 && (count += n) > max) {
                throw new TooLarge(max);
            }
        }

        @Override
        public int read() throws IOException {
            int b = super.read();
            add(b < 0 ? 0 : 1);
            return b;
        }

        @Override
        public int read(byte[] b, int off, int len) throws IOException {
            int n = super.read(b, off, len);
            add(n);
            return n;
        }
    }
}
