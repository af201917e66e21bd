package id.sirakor.identity.boundary;

import id.sirakor.identity.control.CurrentUser;
import jakarta.inject.Inject;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/** A user whose password was set by an administrator must choose their own before anything else. */
@WebFilter(urlPatterns = "/manage/*")
public class PasswordChangeFilter extends HttpFilter {

    static final String ACCOUNT_PAGE = "/manage/account.xhtml";

    @Inject
    CurrentUser currentUser;

    @Override
    protected void doFilter(HttpServletRequest req, HttpServletResponse res, FilterChain chain)
            throws IOException, ServletException {
        CurrentUser.Snapshot u = currentUser.get();
        String path = req.getRequestURI().substring(req.getContextPath().length());
        if (u != null && u.mustChangePassword() && !path.equals(ACCOUNT_PAGE)
                && !path.startsWith("/manage/jakarta.faces.resource")) {
            res.sendRedirect(req.getContextPath() + ACCOUNT_PAGE + "?mustChange=true");
            return;
        }
        chain.doFilter(req, res);
    }
}
