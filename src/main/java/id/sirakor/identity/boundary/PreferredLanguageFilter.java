package id.sirakor.identity.boundary;

import id.sirakor.identity.control.CurrentUser;
import id.sirakor.identity.control.UserService;
import id.sirakor.platform.i18n.LanguageFilter;
import jakarta.inject.Inject;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/**
 * A logged-in user's language follows them: choosing one (?lang=) stores it on the account, and
 * a new session starts in the stored language.
 */
@WebFilter(urlPatterns = "/manage/*")
public class PreferredLanguageFilter extends HttpFilter {

    @Inject
    CurrentUser currentUser;

    @Inject
    UserService users;

    @Override
    protected void doFilter(HttpServletRequest req, HttpServletResponse res, FilterChain chain)
            throws IOException, ServletException {
        CurrentUser.Snapshot u = currentUser.get();
        if (u != null) {
            String chosen = req.getParameter("lang");
            if (("en".equals(chosen) || "id".equals(chosen)) && !chosen.equals(u.preferredLocale())) {
                users.setOwnLocale(chosen);
            } else if (chosen == null && u.preferredLocale() != null
                    && req.getSession().getAttribute(LanguageFilter.ATTRIBUTE) == null) {
                req.getSession().setAttribute(LanguageFilter.ATTRIBUTE, u.preferredLocale());
            }
        }
        chain.doFilter(req, res);
    }
}
