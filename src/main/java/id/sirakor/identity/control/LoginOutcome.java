package id.sirakor.identity.control;

/**
 * Carries why a login failed from the identity store back to the login page of the same
 * request (Jakarta Security only reports "invalid"): locked accounts get their own message.
 */
public final class LoginOutcome {

    // Holds the outcome's name, not the enum: a value of an application class left on a pooled
    // worker thread (an API login through the identity store, which no login page takes back)
    // would pin the whole deployment's class loader after an undeploy.
    private static final ThreadLocal<String> LAST = new ThreadLocal<>();

    private LoginOutcome() {
    }

    static void set(LoginAttempts.Outcome o) {
        if (o == null) {
            LAST.remove();
        } else {
            LAST.set(o.name());
        }
    }

    /** Returns and clears the outcome of the last check in this thread. */
    public static LoginAttempts.Outcome take() {
        String o = LAST.get();
        LAST.remove();
        return o == null ? null : LoginAttempts.Outcome.valueOf(o);
    }
}
