package id.sirakor.identity.control;

/**
 * Carries why a login failed from the identity store back to the login page of the same
 * request (Jakarta Security only reports "invalid"): locked accounts get their own message.
 */
public final class LoginOutcome {

    private static final ThreadLocal<LoginAttempts.Outcome> LAST = new ThreadLocal<>();

    private LoginOutcome() {
    }

    static void set(LoginAttempts.Outcome o) {
        LAST.set(o);
    }

    /** Returns and clears the outcome of the last check in this thread. */
    public static LoginAttempts.Outcome take() {
        LoginAttempts.Outcome o = LAST.get();
        LAST.remove();
        return o;
    }
}
