package id.sirakor.identity.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.auth.message.callback.CallerPrincipalCallback;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.authentication.mechanism.http.HttpAuthenticationMechanism;
import jakarta.security.enterprise.authentication.mechanism.http.HttpMessageContext;
import jakarta.security.enterprise.authentication.mechanism.http.LoginToContinue;
import jakarta.security.enterprise.credential.Credential;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import jakarta.security.enterprise.identitystore.IdentityStoreHandler;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.security.Principal;
import javax.security.auth.callback.Callback;
import javax.security.auth.callback.UnsupportedCallbackException;

/**
 * One mechanism for two kinds of caller: people log in through the JSF form (the login bean
 * calls SecurityContext.authenticate; the identity is registered in the HTTP session), programs
 * send "Authorization: Bearer &lt;token&gt;" with each /api/v1 call and get no session.
 * A protected page requested without login redirects to /login.xhtml.
 * (What @AutoApplySession does, except that token calls must not register a session.)
 */
@ApplicationScoped
@LoginToContinue(loginPage = "/login.xhtml", errorPage = "", useForwardToLogin = false)
public class SirakorAuthenticationMechanism implements HttpAuthenticationMechanism {

    @Inject
    IdentityStoreHandler identityStores;

    @Override
    public AuthenticationStatus validateRequest(HttpServletRequest request, HttpServletResponse response,
                                                HttpMessageContext context) {
        String auth = request.getHeader("Authorization");
        if (auth != null && auth.regionMatches(true, 0, "Bearer ", 0, 7)) {
            CredentialValidationResult r = identityStores.validate(new ApiTokenCredential(auth.substring(7)));
            if (r.getStatus() == CredentialValidationResult.Status.VALID) {
                return context.notifyContainerAboutLogin(r.getCallerPrincipal(), r.getCallerGroups());
            }
            return context.responseUnauthorized();
        }
        Credential credential = context.getAuthParameters().getCredential();
        if (credential != null) {
            CredentialValidationResult r = identityStores.validate(credential);
            if (r.getStatus() == CredentialValidationResult.Status.VALID) {
                context.setRegisterSession(r.getCallerPrincipal().getName(), r.getCallerGroups());
            }
            return context.notifyContainerAboutLogin(r);
        }
        Principal sessionUser = request.getUserPrincipal();
        if (sessionUser != null) {
            try {
                context.getHandler().handle(new Callback[] {
                        new CallerPrincipalCallback(context.getClientSubject(), sessionUser)});
            } catch (IOException | UnsupportedCallbackException e) {
                throw new IllegalStateException(e);
            }
            return AuthenticationStatus.SUCCESS;
        }
        return context.doNothing();
    }
}
