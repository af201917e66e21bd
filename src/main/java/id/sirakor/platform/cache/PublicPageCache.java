package id.sirakor.platform.cache;

import id.sirakor.platform.i18n.LanguageFilter;
import id.sirakor.platform.web.SecurityHeaders;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletOutputStream;
import jakarta.servlet.WriteListener;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Base64;
import java.util.Enumeration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The public pages rendered once and served from memory (issue 17, ADR 0100): the home page, the
 * public event page and {@code /api/v1/public/events}, for anonymous GETs without other query
 * parameters. Key: path, event slug, language. Each answer carries an ETag (a hash of the bytes, so
 * every node gives the same one) and a matching If-None-Match gets 304.
 * <p>
 * Invalidation on every node: an entry remembers the database's {@link PublicStamp} it was rendered
 * under; the stamp is read at most every 500 ms per node (sirakor.publicCache.checkMillis), and a changed stamp
 * empties the cache. An entry also expires after 60 s (sirakor.publicCache.maxAgeMillis), for what changes with
 * the clock alone (registration closing, an event ending).
 * Not cached: a request with a session (a logged-in user, or anyone the server keeps state for), a
 * request that sets a cookie (?lang=), any answer other than 200, any other parameter.
 */
@WebFilter(urlPatterns = {"/", "/index.xhtml", "/event.xhtml", "/api/v1/public/events"})
public class PublicPageCache extends HttpFilter {

    private static final long serialVersionUID = 1L;
    private static final Logger LOG = Logger.getLogger(PublicPageCache.class.getName());

    public static final long CHECK_MILLIS = Long.getLong("sirakor.publicCache.checkMillis", 500);
    public static final long MAX_AGE_MILLIS = Long.getLong("sirakor.publicCache.maxAgeMillis", 60_000);
    static final boolean ENABLED = !"false".equals(System.getProperty("sirakor.publicCache", System.getenv("SIRAKOR_PUBLIC_CACHE")));
    static final int MAX_ENTRIES = 2_000;
    static final int MAX_SLUG = 120;
    static final java.util.Set<String> PATHS = java.util.Set.of("/", "/index.xhtml", "/event.xhtml", "/api/v1/public/events");

    /** {@code policy}: the Content-Security-Policy the page was rendered with (its scripts carry that nonce; ADR 0069). */
    record Entry(byte[] body, String contentType, String etag, long stamp, long renderedAt, String policy) {
    }

    private static final Map<String, Entry> ENTRIES = new ConcurrentHashMap<>();
    private static final Map<String, Boolean> RENDERING = new ConcurrentHashMap<>();
    private static volatile long stamp = Long.MIN_VALUE;
    private static volatile long checkedAt;

    @Override
    protected void doFilter(HttpServletRequest req, HttpServletResponse res, FilterChain chain) throws IOException, ServletException {
        String key = ENABLED ? key(req) : null;
        if (key == null) {
            chain.doFilter(req, res);
            return;
        }
        long current = currentStamp();
        long now = System.currentTimeMillis();
        Entry e = ENTRIES.get(key);
        if (e != null && e.stamp() != current) {
            ENTRIES.remove(key, e);
            e = null;
        }
        boolean renderer = false;
        if (e != null && now - e.renderedAt() > MAX_AGE_MILLIS) {
            // only aged, not changed: one request renders it again, the others get the aged entry
            // meanwhile instead of all rendering at once
            renderer = RENDERING.putIfAbsent(key, Boolean.TRUE) == null;
            if (renderer) {
                e = null;
            }
        }
        if (e != null) {
            SecurityHeaders.apply(req, res);
            send(req, res, e);
            return;
        }
        Capture capture = new Capture(res);
        try {
            chain.doFilter(req, capture);
        } finally {
            if (renderer) {
                RENDERING.remove(key);
            }
        }
        byte[] body = capture.bytes();
        boolean cacheable = capture.status == 200 && !capture.cookieSet && req.getSession(false) == null
                && capture.getContentType() != null && current != Long.MIN_VALUE;
        if (!cacheable) {
            if (body.length > 0) {
                res.getOutputStream().write(body);
            }
            return;
        }
        Entry fresh = new Entry(body, capture.getContentType(), etag(body), current, now, capture.policy);
        if (ENTRIES.size() >= MAX_ENTRIES) {
            ENTRIES.clear();
        }
        ENTRIES.put(key, fresh);
        send(req, res, fresh);
    }

    private static void send(HttpServletRequest req, HttpServletResponse res, Entry e) throws IOException {
        if (e.policy() != null) {
            // a page served from the cache keeps the policy (and nonce) of the render its scripts came from
            res.setHeader("Content-Security-Policy", e.policy());
        }
        res.setHeader("ETag", e.etag());
        res.setHeader("Cache-Control", "no-cache");
        res.setHeader("Vary", "Cookie");
        if (matches(req.getHeader("If-None-Match"), e.etag())) {
            res.setStatus(HttpServletResponse.SC_NOT_MODIFIED);
            return;
        }
        res.setContentType(e.contentType());
        res.setContentLength(e.body().length);
        res.getOutputStream().write(e.body());
    }

    static boolean matches(String ifNoneMatch, String etag) {
        if (ifNoneMatch == null) {
            return false;
        }
        for (String t : ifNoneMatch.split(",")) {
            String s = t.trim();
            if (s.startsWith("W/")) {
                s = s.substring(2);
            }
            if (s.equals(etag) || s.equals("*")) {
                return true;
            }
        }
        return false;
    }

    /** The cache key, or null when this request must be rendered for itself. */
    static String key(HttpServletRequest req) {
        if (!"GET".equals(req.getMethod()) || req.getSession(false) != null) {
            return null;
        }
        String path = req.getRequestURI().substring(req.getContextPath().length());
        if (!PATHS.contains(path)) {
            return null; // the filter's "/" also matches what the default servlet serves (static files)
        }
        String slug = null;
        Enumeration<String> names = req.getParameterNames();
        while (names.hasMoreElements()) {
            String n = names.nextElement();
            if (!"e".equals(n) || !path.equals("/event.xhtml")) {
                return null; // ?lang= sets a cookie; anything else may change the page
            }
            String[] v = req.getParameterValues(n);
            if (v.length != 1 || v[0].length() > MAX_SLUG) {
                return null;
            }
            slug = v[0];
        }
        if (path.equals("/event.xhtml") && slug == null) {
            return null;
        }
        return path + '|' + (slug == null ? "" : slug) + '|' + LanguageFilter.language(req);
    }

    /** The database stamp, read again when the last reading is older than CHECK_MILLIS. */
    static long currentStamp() {
        long now = System.currentTimeMillis();
        if (now - checkedAt >= CHECK_MILLIS) {
            synchronized (PublicPageCache.class) {
                if (now - checkedAt >= CHECK_MILLIS) {
                    try {
                        long s = PublicStamp.read();
                        if (s != stamp) {
                            ENTRIES.clear();
                        }
                        stamp = s;
                    } catch (Exception ex) {
                        LOG.log(Level.FINE, "public_change not readable", ex);
                        stamp = Long.MIN_VALUE; // the database is away: render, don't cache
                        ENTRIES.clear();
                    }
                    checkedAt = System.currentTimeMillis();
                }
            }
        }
        return stamp;
    }

    /** This node committed a public change: the next request reads the stamp again (and finds it changed). */
    public static void recheck() {
        checkedAt = 0;
    }

    static String etag(byte[] body) {
        try {
            byte[] d = MessageDigest.getInstance("SHA-256").digest(body);
            return '"' + Base64.getUrlEncoder().withoutPadding().encodeToString(java.util.Arrays.copyOf(d, 16)) + '"';
        } catch (java.security.NoSuchAlgorithmException ex) {
            throw new IllegalStateException(ex);
        }
    }

    /** Holds the rendered answer in memory so it can be stored before it is sent. */
    static final class Capture extends HttpServletResponseWrapper {
        final ByteArrayOutputStream buffer = new ByteArrayOutputStream(16 * 1024);
        int status = 200;
        boolean cookieSet;
        String policy;
        private PrintWriter writer;
        private ServletOutputStream stream;

        Capture(HttpServletResponse res) {
            super(res);
        }

        @Override
        public void setStatus(int sc) {
            status = sc;
            super.setStatus(sc);
        }

        @Override
        public void sendError(int sc) throws IOException {
            status = sc;
            super.sendError(sc);
        }

        @Override
        public void sendError(int sc, String msg) throws IOException {
            status = sc;
            super.sendError(sc, msg);
        }

        @Override
        public void sendRedirect(String location) throws IOException {
            status = 302;
            super.sendRedirect(location);
        }

        @Override
        public void addCookie(jakarta.servlet.http.Cookie cookie) {
            cookieSet = true;
            super.addCookie(cookie);
        }

        @Override
        public void setHeader(String name, String value) {
            if ("Set-Cookie".equalsIgnoreCase(name)) {
                cookieSet = true;
            } else if ("Content-Security-Policy".equalsIgnoreCase(name)) {
                policy = value;
            }
            super.setHeader(name, value);
        }

        @Override
        public void addHeader(String name, String value) {
            if ("Set-Cookie".equalsIgnoreCase(name)) {
                cookieSet = true;
            } else if ("Content-Security-Policy".equalsIgnoreCase(name)) {
                policy = value;
            }
            super.addHeader(name, value);
        }

        @Override
        public void setContentLength(int len) {
        }

        @Override
        public void setContentLengthLong(long len) {
        }

        @Override
        public ServletOutputStream getOutputStream() {
            if (stream == null) {
                stream = new ServletOutputStream() {
                    @Override
                    public void write(int b) {
                        buffer.write(b);
                    }

                    @Override
                    public void write(byte[] b, int off, int len) {
                        buffer.write(b, off, len);
                    }

                    @Override
                    public boolean isReady() {
                        return true;
                    }

                    @Override
                    public void setWriteListener(WriteListener l) {
                        throw new UnsupportedOperationException();
                    }
                };
            }
            return stream;
        }

        @Override
        public PrintWriter getWriter() {
            if (writer == null) {
                String cs = getCharacterEncoding();
                writer = new PrintWriter(new OutputStreamWriter(getOutputStream(),
                        cs == null ? StandardCharsets.ISO_8859_1 : java.nio.charset.Charset.forName(cs)));
            }
            return writer;
        }

        @Override
        public void flushBuffer() {
            if (writer != null) {
                writer.flush();
            }
        }

        @Override
        public void resetBuffer() {
            if (writer != null) {
                writer.flush();
            }
            buffer.reset();
        }

        @Override
        public void reset() {
            resetBuffer();
            super.reset();
        }

        @Override
        public boolean isCommitted() {
            return false;
        }

        byte[] bytes() {
            if (writer != null) {
                writer.flush();
            }
            return buffer.toByteArray();
        }
    }
}
