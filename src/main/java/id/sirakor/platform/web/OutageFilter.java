package id.sirakor.platform.web;

import id.sirakor.platform.error.Outage;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/**
 * Pages (and filters before them) that fail because the database is unreachable answer 503 with
 * Retry-After and the static "coba lagi sebentar" page (/unavailable.html, web.xml), not the
 * incident page. JSF errors reach here through {@link id.sirakor.platform.error.FacesErrorHandler};
 * the API has its own mapper (ApiErrors).
 */
@WebFilter(urlPatterns = "/*")
public class OutageFilter extends HttpFilter {

    private static final long serialVersionUID = 1L;

    @Override
    protected void doFilter(HttpServletRequest req, HttpServletResponse res, FilterChain chain) throws IOException, ServletException {
        try {
            chain.doFilter(req, res);
        } catch (ServletException | RuntimeException e) {
            if (!Outage.isDatabaseDown(e) || res.isCommitted()) {
                throw e;
            }
            Outage.note(e, req.getRequestURI());
            unavailable(res);
        }
    }

    /** 503 with Retry-After; the container renders /unavailable.html for it. */
    public static void unavailable(HttpServletResponse res) throws IOException {
        res.resetBuffer();
        res.setHeader("Retry-After", String.valueOf(Outage.RETRY_AFTER_SECONDS));
        res.sendError(503);
    }
}
