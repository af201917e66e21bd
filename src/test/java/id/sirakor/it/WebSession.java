package id.sirakor.it;

import java.net.CookieManager;
import java.net.CookiePolicy;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A browser-less session of a person: logs in through the JSF login form (as a browser would,
 * with the view state and the session cookie) and then GETs pages without following redirects,
 * so a test sees the status each page answers with.
 */
public final class WebSession {

    private static final Pattern VIEW_STATE = Pattern.compile("name=\"jakarta.faces.ViewState\"[^>]*value=\"([^\"]+)\"");

    private final HttpClient http;
    private final String base;

    public record Page(int status, String location, String body) {
    }

    private WebSession(String base) {
        this.base = base.endsWith("/") ? base.substring(0, base.length() - 1) : base;
        CookieManager cookies = new CookieManager(null, CookiePolicy.ACCEPT_ALL);
        this.http = HttpClient.newBuilder().cookieHandler(cookies).followRedirects(HttpClient.Redirect.NEVER)
                .connectTimeout(Duration.ofSeconds(10)).build();
    }

    /** Nobody logged in. */
    public static WebSession anonymous(String base) {
        return new WebSession(base);
    }

    /** Logged in as a demo account; fails when the login does not land on a page of /manage. */
    public static WebSession login(String base, String username, String password) {
        WebSession s = new WebSession(base);
        Page form = s.get("/login.xhtml");
        Matcher m = VIEW_STATE.matcher(form.body());
        if (!m.find()) {
            throw new IllegalStateException("no view state on the login page: " + form.status());
        }
        // the page's nonce goes with the form, as PrimeFaces' script adds it in a browser (ADR 0069)
        Matcher nonce = java.util.regex.Pattern.compile("PrimeFaces\\.csp\\.init\\('([^']+)'\\)").matcher(form.body());
        String body = "login=login&username=" + enc(username) + "&password=" + enc(password) + "&submit=&jakarta.faces.ViewState="
                + enc(m.group(1)) + (nonce.find() ? "&primefaces.nonce=" + enc(nonce.group(1)) : "");
        Page after = s.send(HttpRequest.newBuilder(URI.create(s.base + "/login.xhtml"))
                .header("Content-Type", "application/x-www-form-urlencoded").POST(HttpRequest.BodyPublishers.ofString(body)));
        if (after.status() != 302 || after.location() == null || !after.location().contains("/manage/")) {
            throw new IllegalStateException("login of " + username + " failed: " + after.status() + " " + after.location());
        }
        return s;
    }

    public Page get(String path) {
        return send(HttpRequest.newBuilder(URI.create(base + path)).header("Accept-Language", "id").GET());
    }

    /** A form post (url-encoded body) as a browser sends it from the page {@code referer} (a full URL). */
    public Page postForm(String path, String body, String referer) {
        return send(HttpRequest.newBuilder(URI.create(base + path)).header("Accept-Language", "id")
                .header("Content-Type", "application/x-www-form-urlencoded").header("Referer", referer)
                .POST(HttpRequest.BodyPublishers.ofString(body)));
    }

    /** A JSON call of /api/v1 with this session (a logged-in person's browser does the same). */
    public Page json(String method, String path, String body) {
        return send(HttpRequest.newBuilder(URI.create(base + path)).header("Accept", "application/json")
                .header("Content-Type", "application/json")
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body)));
    }

    private Page send(HttpRequest.Builder b) {
        try {
            HttpResponse<String> r = http.send(b.timeout(Duration.ofSeconds(60)).build(), HttpResponse.BodyHandlers.ofString());
            return new Page(r.statusCode(), r.headers().firstValue("Location").orElse(null), r.body());
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static String enc(String s) {
        return java.net.URLEncoder.encode(s, java.nio.charset.StandardCharsets.UTF_8);
    }
}
