package id.sirakor.platform.web;

import id.sirakor.platform.i18n.LanguageFilter;
import id.sirakor.platform.i18n.Messages;
import id.sirakor.platform.web.RateLimits.Bucket;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Rate limits on the doors someone could hammer (ADR 0067): the login form, the personal links
 * (registration, invitation, signing, board), the one-time codes and the registrations. A request
 * over its bucket's limit gets 429 with Retry-After and a message that says how long to wait; the
 * request does not reach the application. What counts: every registration sent; for the others only
 * failures — a personal link answered 404, a code answered 400/409, a login the page marked failed
 * ({@link #COUNT}); an API token refused is counted by the authentication mechanism.
 */
@WebFilter(urlPatterns = {"/api/*", "/p/*", "/login.xhtml", "/register.xhtml"})
public class RateLimitFilter extends HttpFilter {

    private static final long serialVersionUID = 1L;

    /** Request attribute a page sets when this request counts: a wrong password, a wrong code, a registration sent. */
    public static final String COUNT = "sirakor.ratelimit.count";

    private static final Pattern API_REGISTRATION = Pattern.compile("/api/v1/public/events/[^/]+/registrations/?");
    private static final Pattern API_CODE = Pattern.compile("/api/v1/sign/[^/]+/verify/?");

    @Override
    protected void doFilter(HttpServletRequest req, HttpServletResponse res, FilterChain chain) throws IOException, ServletException {
        Bucket bucket = bucketOf(req);
        String client = bucket == null ? null : ClientAddress.of(req);
        if (bucket == null || RateLimits.exempt(client)) {
            chain.doFilter(req, res);
            return;
        }
        RateLimits limits = RateLimits.get();
        long wait = limits.retryAfter(bucket, client);
        if (wait > 0) {
            tooMany(req, res, wait);
            return;
        }
        if (bucket == Bucket.REGISTRATION && req.getRequestURI().startsWith(req.getContextPath() + "/api/")) {
            limits.hit(bucket, client);
        }
        chain.doFilter(req, res);
        if (counts(bucket, req, res)) {
            limits.hit(bucket, client);
        }
    }

    static Bucket bucketOf(HttpServletRequest req) {
        String path = req.getRequestURI().substring(req.getContextPath().length());
        boolean post = "POST".equals(req.getMethod());
        if (path.startsWith("/api/")) {
            if (post && API_REGISTRATION.matcher(path).matches()) {
                return Bucket.REGISTRATION;
            }
            if (post && API_CODE.matcher(path).matches()) {
                return Bucket.CODE;
            }
            if (path.startsWith("/api/v1/public/registrations/") || path.startsWith("/api/v1/public/invitations/")
                    || path.startsWith("/api/v1/sign/") || path.startsWith("/api/v1/boards/")) {
                return Bucket.LINK;
            }
            return null;
        }
        if (path.equals("/login.xhtml")) {
            return post ? Bucket.LOGIN : null;
        }
        if (path.equals("/register.xhtml")) {
            return post ? Bucket.REGISTRATION : null;
        }
        if (path.equals("/p/sign.xhtml") && post) {
            return Bucket.CODE;
        }
        return path.startsWith("/p/") ? Bucket.LINK : null;
    }

    private static boolean counts(Bucket bucket, HttpServletRequest req, HttpServletResponse res) {
        if (req.getAttribute(COUNT) != null) {
            return true;
        }
        int status = res.getStatus();
        return switch (bucket) {
            case LINK -> status == 404;
            case CODE -> req.getRequestURI().contains("/api/") && (status == 400 || status == 409);
            default -> false;
        };
    }

    /** 429 with Retry-After; JSON for the API, a short page in the user's language for pages. */
    public static void tooMany(HttpServletRequest req, HttpServletResponse res, long seconds) throws IOException {
        boolean api = req.getRequestURI().startsWith(req.getContextPath() + "/api/");
        Locale locale = api ? apiLocale(req) : LanguageFilter.locale(req);
        String message = Messages.get(locale, "error.rateLimited", seconds);
        res.reset();
        res.setStatus(429);
        res.setHeader("Retry-After", String.valueOf(seconds));
        res.setHeader("Cache-Control", "no-store");
        res.setCharacterEncoding("UTF-8");
        byte[] body;
        if (api) {
            res.setContentType("application/json");
            body = ("{\"error\":\"error.rateLimited\",\"message\":" + json(message) + ",\"retryAfterSeconds\":" + seconds + "}")
                    .getBytes(StandardCharsets.UTF_8);
        } else {
            res.setContentType("text/html");
            String title = Messages.get(locale, "error.rateLimited.title");
            body = ("<!DOCTYPE html><html lang=\"" + locale.getLanguage() + "\"><head><meta charset=\"utf-8\">"
                    + "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\"><title>" + html(title) + "</title></head>"
                    + "<body style=\"font-family:sans-serif;max-width:36rem;margin:3rem auto;padding:0 1rem\"><h1 style=\"font-size:1.4rem\">"
                    + html(title) + "</h1><p>" + html(message) + "</p><p><a href=\"" + html(req.getContextPath() + "/") + "\">Sirakor</a></p></body></html>")
                    .getBytes(StandardCharsets.UTF_8);
        }
        res.setContentLength(body.length);
        res.getOutputStream().write(body);
    }

    private static Locale apiLocale(HttpServletRequest req) {
        String h = req.getHeader("Accept-Language");
        return h != null && h.strip().toLowerCase(Locale.ROOT).startsWith("en") ? Messages.ENGLISH : Messages.INDONESIAN;
    }

    private static String json(String s) {
        StringBuilder b = new StringBuilder("\"");
        for (char c : s.toCharArray()) {
            switch (c) {
                case '"' -> b.append("\\\"");
                case '\\' -> b.append("\\\\");
                default -> {
                    if (c < 0x20) {
                        b.append(String.format("\\u%04x", (int) c));
                    } else {
                        b.append(c);
                    }
                }
            }
        }
        return b.append('"').toString();
    }

    private static String html(String s) {
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}
