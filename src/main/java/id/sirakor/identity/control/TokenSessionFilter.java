package id.sirakor.identity.control;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;

/**
 * A call authenticated by an API token carries the token each time: the HTTP session that the
 * container registered for it is thrown away, so scripts do not pile up sessions on the server.
 */
@WebFilter(urlPatterns = "/api/*")
public class TokenSessionFilter extends HttpFilter {

    @Override
    protected void doFilter(HttpServletRequest req, HttpServletResponse res, FilterChain chain)
            throws IOException, ServletException {
        try {
            chain.doFilter(req, res);
        } finally {
            if (Boolean.TRUE.equals(req.getAttribute(SirakorAuthenticationMechanism.BEARER))) {
                HttpSession s = req.getSession(false);
                if (s != null && s.isNew()) {
                    s.invalidate();
                }
            }
        }
    }
}
