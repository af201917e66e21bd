package id.sirakor.platform.config;

/**
 * Runtime settings: a system property (sirakor.x.y) first, then an environment variable
 * (X_Y, or the name given), then the default. docs/operations.md lists them all.
 */
public final class Settings {

    private Settings() {
    }

    public static String get(String property, String env, String fallback) {
        String v = System.getProperty(property);
        if (v == null || v.isBlank()) {
            v = System.getenv(env);
        }
        return v == null || v.isBlank() ? fallback : v;
    }

    /** Demo data is loaded only when SIRAKOR_DEMO=true (the README's run command sets it). */
    public static boolean demoMode() {
        return Boolean.parseBoolean(get("sirakor.demo", "SIRAKOR_DEMO", "false"));
    }
}
