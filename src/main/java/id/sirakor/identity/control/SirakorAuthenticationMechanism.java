package id.sirakor.identity.control;

import id.sirakor.platform.web.ClientAddress;
import id.sirakor.platform.web.RateLimitFilter;
import id.sirakor.platform.web.RateLimits;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.authentication.mechanism.http.AutoApplySession;
import jakarta.security.enterprise.authentication.mechanism.http.HttpAuthenticationMechanism;
import jakarta.security.enterprise.authentication.mechanism.http.HttpMessageContext;
import jakarta.security.enterprise.authentication.mechanism.http.LoginToContinue;
import jakarta.security.enterprise.credential.Credential;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import jakarta.security.enterprise.identitystore.IdentityStoreHandler;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * One mechanism for two kinds of caller: people log in through the JSF form (the login bean
 * calls SecurityContext.authenticate; the identity is registered in the HTTP session), programs
 * send "Authorization: Bearer &lt;token&gt;" with each /api/v1 call and get no session.
 * A protected page requested without login redirects to /login.xhtml.
 * @AutoApplySession keeps a logged-in person in the HTTP session; it would also register a
 * session for a token call, so {@link TokenSessionFilter} drops such sessions again.
 */
@ApplicationScoped
@AutoApplySession
@LoginToContinue(loginPage = "/login.xhtml", errorPage = "", useForwardToLogin = false)
public class SirakorAuthenticationMechanism implements HttpAuthenticationMechanism {

    /** Request attribute: this request was authenticated by a token (see TokenSessionFilter). */
    public static final String BEARER = "sirakor.bearer";

    @Inject
    IdentityStoreHandler identityStores;

    @Override
    public AuthenticationStatus validateRequest(HttpServletRequest request, HttpServletResponse response,
                                                HttpMessageContext context) {
        String auth = request.getHeader("Authorization");
        if (auth != null && auth.regionMatches(true, 0, "Bearer ", 0, 7)) {
            // a client that keeps sending refused tokens is slowed like one guessing passwords (ADR 0067)
            String client = ClientAddress.of(request);
            boolean limited = !RateLimits.exempt(client);
            long wait = limited ? RateLimits.get().retryAfter(RateLimits.Bucket.LOGIN, client) : 0;
            if (wait > 0) {
                try {
                    RateLimitFilter.tooMany(request, response, wait);
                } catch (java.io.IOException e) {
                    throw new java.io.UncheckedIOException(e);
                }
                return AuthenticationStatus.SEND_FAILURE;
            }
            CredentialValidationResult r = identityStores.validate(new ApiTokenCredential(auth.substring(7)));
            if (r.getStatus() == CredentialValidationResult.Status.VALID) {
                request.setAttribute(BEARER, Boolean.TRUE);
                return context.notifyContainerAboutLogin(r.getCallerPrincipal(), r.getCallerGroups());
            }
            if (limited) {
                RateLimits.get().hit(RateLimits.Bucket.LOGIN, client);
            }
            return context.responseUnauthorized();
        }
        Credential credential = context.getAuthParameters().getCredential();
        if (credential != null) {
            CredentialValidationResult r = identityStores.validate(credential);
            return context.notifyContainerAboutLogin(r);
        }
        return context.doNothing();
    }
}
