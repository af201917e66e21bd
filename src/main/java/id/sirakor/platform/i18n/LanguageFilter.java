package id.sirakor.platform.i18n;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/**
 * "?lang=en" or "?lang=id" on any page switches the language (for the session, if there is one) and
 * remembers it in a cookie for a year. Indonesian is the default whatever the browser asks for: the users are
 * Indonesian civil servants, many with English-language phones.
 */
@WebFilter(urlPatterns = "*.xhtml")
public class LanguageFilter extends HttpFilter {

    public static final String ATTRIBUTE = "sirakor.lang";
    public static final String COOKIE = "sirakor_lang";

    @Override
    protected void doFilter(HttpServletRequest req, HttpServletResponse res, FilterChain chain)
            throws IOException, ServletException {
        String lang = req.getParameter("lang");
        if ("en".equals(lang) || "id".equals(lang)) {
            // the cookie remembers it; a session is only touched when there is one already, so that
            // switching the language of a public page keeps it stateless (issue 17)
            req.setAttribute(ATTRIBUTE, lang);
            var session = req.getSession(false);
            if (session != null) {
                session.setAttribute(ATTRIBUTE, lang);
            }
            Cookie c = new Cookie(COOKIE, lang);
            c.setPath("/");
            c.setMaxAge(365 * 24 * 3600);
            c.setHttpOnly(true);
            res.addCookie(c);
        }
        chain.doFilter(req, res);
    }

    /** The locale of {@link #language}: English when "en" was chosen, else Indonesian. */
    public static java.util.Locale locale(HttpServletRequest req) {
        return "en".equals(language(req)) ? Messages.ENGLISH : Messages.INDONESIAN;
    }

    /** The chosen language of this request: ?lang= of this request, session, then cookie, then Indonesian. */
    public static String language(HttpServletRequest req) {
        if (req.getAttribute(ATTRIBUTE) instanceof String chosen) {
            return chosen;
        }
        var session = req.getSession(false);
        Object s = session == null ? null : session.getAttribute(ATTRIBUTE);
        if (s != null) {
            return s.toString();
        }
        if (req.getCookies() != null) {
            for (Cookie c : req.getCookies()) {
                if (COOKIE.equals(c.getName()) && ("en".equals(c.getValue()) || "id".equals(c.getValue()))) {
                    return c.getValue();
                }
            }
        }
        return "id";
    }
}
