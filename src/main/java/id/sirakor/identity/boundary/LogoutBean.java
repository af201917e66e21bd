package id.sirakor.identity.boundary;

import id.sirakor.platform.web.Faces;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Named;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;

/** Logout: ends the login and the session. */
@Named
@RequestScoped
public class LogoutBean {

    public void logout() throws ServletException {
        HttpServletRequest req = Faces.request();
        req.logout();
        var session = req.getSession(false);
        if (session != null) {
            session.invalidate();
        }
        Faces.redirect("/login.xhtml?loggedOut=true");
    }
}
