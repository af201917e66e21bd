package id.sirakor.identity.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.credential.Credential;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import jakarta.security.enterprise.identitystore.IdentityStore;

/** Users and API tokens from the database, with lockout (see {@link LoginAttempts}). */
@ApplicationScoped
public class SirakorIdentityStore implements IdentityStore {

    @Inject
    LoginAttempts attempts;

    @Override
    public CredentialValidationResult validate(Credential credential) {
        LoginAttempts.Result r;
        if (credential instanceof UsernamePasswordCredential up) {
            r = attempts.checkPassword(up.getCaller(), up.getPassword().getValue());
        } else if (credential instanceof ApiTokenCredential t) {
            r = attempts.checkToken(t.token());
        } else {
            return CredentialValidationResult.NOT_VALIDATED_RESULT;
        }
        LoginOutcome.set(r.outcome());
        if (r.outcome() != LoginAttempts.Outcome.OK) {
            return CredentialValidationResult.INVALID_RESULT;
        }
        return new CredentialValidationResult(r.username(), r.roles());
    }
}
