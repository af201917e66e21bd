package id.sirakor.platform.web;

import jakarta.servlet.ServletContextEvent;
import jakarta.servlet.ServletContextListener;
import jakarta.servlet.annotation.WebListener;

/**
 * SameSite=Lax on the session cookie: another site cannot make a logged-in browser send a
 * state-changing request with our session (JSF forms also carry their view state).
 * Set SIRAKOR_SECURE_COOKIES=true behind HTTPS (docs/operations.md).
 */
@WebListener
public class SessionCookies implements ServletContextListener {

    @Override
    public void contextInitialized(ServletContextEvent sce) {
        var cfg = sce.getServletContext().getSessionCookieConfig();
        cfg.setAttribute("SameSite", "Lax");
        cfg.setSecure(Boolean.parseBoolean(id.sirakor.platform.config.Settings.get(
                "sirakor.secure.cookies", "SIRAKOR_SECURE_COOKIES", "false")));
    }
}
