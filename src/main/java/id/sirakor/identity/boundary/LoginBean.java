package id.sirakor.identity.boundary;

import id.sirakor.identity.control.CurrentUser;
import id.sirakor.identity.control.LoginAttempts;
import id.sirakor.identity.control.LoginOutcome;
import id.sirakor.platform.web.Faces;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.SecurityContext;
import jakarta.security.enterprise.authentication.mechanism.http.AuthenticationParameters;
import jakarta.security.enterprise.credential.Password;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.servlet.http.HttpServletRequest;

@Named
@RequestScoped
public class LoginBean {

    @Inject
    SecurityContext security;

    @Inject
    CurrentUser currentUser;

    private String username;
    private String password;

    /** A logged-in user who opens the login page goes to the dashboard. */
    public void onLoad() {
        if (currentUser.isLoggedIn()) {
            Faces.redirect("/manage/dashboard.xhtml");
        }
    }

    public void login() {
        HttpServletRequest req = Faces.request();
        if (username == null || username.isBlank() || password == null || password.isEmpty()) {
            Faces.error(null, "login.missing");
            return;
        }
        // A new session id before privileges are granted: a session id planted by someone else
        // (session fixation) is worthless after login. Attributes (the saved request) are kept.
        if (req.getSession(false) != null) {
            req.changeSessionId();
        } else {
            req.getSession(true);
        }
        AuthenticationStatus status = security.authenticate(req, Faces.response(),
                AuthenticationParameters.withParams().newAuthentication(true)
                        .credential(new UsernamePasswordCredential(username.trim().toLowerCase(), new Password(password))));
        LoginAttempts.Outcome outcome = LoginOutcome.take();
        switch (status) {
            case SEND_CONTINUE -> Faces.context().responseComplete();
            case SUCCESS -> Faces.redirect("/manage/dashboard.xhtml");
            default -> {
                password = null;
                req.setAttribute(id.sirakor.platform.web.RateLimitFilter.COUNT, Boolean.TRUE);
                Faces.error(null, outcome == LoginAttempts.Outcome.LOCKED ? "login.locked"
                        : outcome == LoginAttempts.Outcome.INACTIVE ? "login.inactive" : "login.failed");
            }
        }
    }

    public String getUsername() { return username; }
    public void setUsername(String username) { this.username = username; }
    public String getPassword() { return password; }
    public void setPassword(String password) { this.password = password; }
}
