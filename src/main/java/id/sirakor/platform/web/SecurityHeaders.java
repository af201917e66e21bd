package id.sirakor.platform.web;

import id.sirakor.platform.config.Settings;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/**
 * The security headers of every answer (ADR 0068). Pages: a Content-Security-Policy that allows
 * scripts, styles, images, fonts and connections only from this server (no other site's script can
 * run here, no form posts elsewhere, no page frames us except our own), nosniff, same-origin
 * referrers (personal links carry their token in the address), a permissions policy that allows
 * the camera only to us (the door's QR scanner). HSTS when the request came over HTTPS (directly, or
 * through a trusted proxy that says X-Forwarded-Proto: https).
 * Scripts only from this server, never inline (ADR 0069): on JSF pages PrimeFaces' CSP mode sends
 * the policy itself (web.xml primefaces.CSP_POLICY, the same text) with the nonce of the response's
 * own scripts, so this filter leaves the header to it there. API answers (JSON, PDF, images) get only
 * frame-ancestors: a stricter policy would keep browsers from showing a PDF.
 */
@WebFilter(urlPatterns = "/*")
public class SecurityHeaders extends HttpFilter {

    private static final long serialVersionUID = 1L;

    /** Also in web.xml (primefaces.CSP_POLICY), where PrimeFaces appends the nonce to the last directive. */
    static final String PAGE_POLICY = "default-src 'self'; "
            + "style-src 'self' 'unsafe-inline'; img-src 'self' data: blob:; font-src 'self' data:; connect-src 'self'; "
            + "media-src 'self' blob:; worker-src 'self' blob:; frame-src 'self' blob:; object-src 'none'; base-uri 'self'; "
            + "form-action 'self'; frame-ancestors 'self'; script-src 'self'";
    static final String API_POLICY = "frame-ancestors 'self'";
    static final String HSTS = "max-age=31536000; includeSubDomains";

    @Override
    protected void doFilter(HttpServletRequest req, HttpServletResponse res, FilterChain chain) throws IOException, ServletException {
        apply(req, res);
        chain.doFilter(req, res);
    }

    /** Sets this filter's headers (also used by the public page cache, which may answer before this filter ran). */
    public static void apply(HttpServletRequest req, HttpServletResponse res) {
        String path = req.getRequestURI().substring(req.getContextPath().length());
        res.setHeader("X-Content-Type-Options", "nosniff");
        res.setHeader("Referrer-Policy", "same-origin");
        res.setHeader("X-Frame-Options", "SAMEORIGIN");
        if (path.startsWith("/api/")) {
            res.setHeader("Content-Security-Policy", API_POLICY);
        } else if (!isFacesPage(path)) {
            res.setHeader("Content-Security-Policy", PAGE_POLICY);
        }
        if (!path.startsWith("/api/")) {
            res.setHeader("Permissions-Policy", "camera=(self), microphone=(), geolocation=(), payment=()");
            res.setHeader("Cross-Origin-Opener-Policy", "same-origin");
        }
        if (overHttps(req)) {
            res.setHeader("Strict-Transport-Security", HSTS);
        }
    }

    /** A JSF page (not a JSF resource): PrimeFaces sends its policy, with the nonce, when it renders. */
    static boolean isFacesPage(String path) {
        return (path.endsWith(".xhtml") || path.endsWith("/")) && !path.startsWith("/jakarta.faces.resource/");
    }

    static boolean overHttps(HttpServletRequest req) {
        if (req.isSecure()) {
            return true;
        }
        String proto = req.getHeader("X-Forwarded-Proto");
        return "https".equalsIgnoreCase(proto) && ClientAddress.trusted().contains(req.getRemoteAddr())
                || Boolean.parseBoolean(Settings.get("sirakor.hsts", "SIRAKOR_HSTS", "false"));
    }
}
