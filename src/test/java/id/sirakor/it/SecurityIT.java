package id.sirakor.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.StringReader;
import java.net.CookieManager;
import java.net.CookiePolicy;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.concurrent.ThreadLocalRandom;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Issue 17, security: the headers of pages and API answers, the rate limits (429 with Retry-After
 * and a message) on failed logins, refused API tokens and personal links that don't exist, per
 * client address, and the login audit that lists the failures per account and per address.
 * The test server trusts X-Forwarded-For from 127.0.0.1 and exempts 127.0.0.1 itself
 * (arquillian.xml), so each test below is "a client" of its own forwarded address and the other
 * test classes are never limited.
 */
@org.junit.jupiter.api.Tag("it-core") // its own WildFly and database: the failsafe execution "core" (pom.xml)
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class SecurityIT {

    private static final Pattern VIEW_STATE = Pattern.compile("name=\"jakarta.faces.ViewState\"[^>]*value=\"([^\"]+)\"");

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.application();
    }

    @ArquillianResource
    URL base;

    private String url(String path) {
        String b = base.toString();
        return (b.endsWith("/") ? b.substring(0, b.length() - 1) : b) + path;
    }

    private static String address() {
        ThreadLocalRandom r = ThreadLocalRandom.current();
        return "203.0." + r.nextInt(1, 250) + "." + r.nextInt(1, 250);
    }

    private static HttpClient client() {
        return HttpClient.newBuilder().cookieHandler(new CookieManager(null, CookiePolicy.ACCEPT_ALL))
                .followRedirects(HttpClient.Redirect.NEVER).connectTimeout(Duration.ofSeconds(10)).build();
    }

    private static HttpResponse<String> send(HttpClient http, HttpRequest.Builder b) throws Exception {
        return http.send(b.timeout(Duration.ofSeconds(60)).build(), HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void pagesAndApiAnswersCarryTheSecurityHeaders() throws Exception {
        HttpClient http = client();
        HttpResponse<String> page = send(http, HttpRequest.newBuilder(URI.create(url("/"))).GET());
        assertEquals(200, page.statusCode());
        String csp = page.headers().firstValue("Content-Security-Policy").orElse("");
        assertTrue(csp.contains("frame-ancestors 'self'"), csp);
        assertTrue(csp.contains("object-src 'none'"), csp);
        assertTrue(csp.contains("form-action 'self'"), csp);
        assertTrue(csp.contains("default-src 'self'"), csp);
        // ADR 0069: scripts from this server or with this answer's nonce, never inline handlers or eval
        assertEquals(1, page.headers().allValues("Content-Security-Policy").size(), "one policy: " + page.headers().allValues("Content-Security-Policy"));
        java.util.regex.Matcher nonce = java.util.regex.Pattern.compile("script-src 'self' 'nonce-([A-Za-z0-9+/=_-]+)'").matcher(csp);
        assertTrue(nonce.find(), csp);
        assertFalse(csp.contains("unsafe-eval"), csp);
        assertFalse(csp.substring(csp.indexOf("script-src")).contains("unsafe-inline"), csp);
        assertTrue(page.body().contains("nonce=\"" + nonce.group(1) + "\""), "the page's scripts carry the policy's nonce");
        assertFalse(java.util.regex.Pattern.compile("<(button|a|div|span|input|select|form|body)\\b[^>]*\\son(click|change|load|submit)=").matcher(page.body()).find(),
                "no inline event handlers in the page");
        assertEquals("nosniff", page.headers().firstValue("X-Content-Type-Options").orElse(null));
        assertEquals("same-origin", page.headers().firstValue("Referrer-Policy").orElse(null));
        assertEquals("SAMEORIGIN", page.headers().firstValue("X-Frame-Options").orElse(null));
        assertTrue(page.headers().firstValue("Permissions-Policy").orElse("").contains("camera=(self)"));
        assertFalse(page.headers().firstValue("Strict-Transport-Security").isPresent(), "no HSTS over plain HTTP");

        HttpResponse<String> api = send(http, HttpRequest.newBuilder(URI.create(url("/api/v1/health"))).GET());
        assertEquals("frame-ancestors 'self'", api.headers().firstValue("Content-Security-Policy").orElse(null));
        assertEquals("nosniff", api.headers().firstValue("X-Content-Type-Options").orElse(null));

        // behind a trusted TLS-terminating proxy: HSTS
        HttpResponse<String> tls = send(http, HttpRequest.newBuilder(URI.create(url("/"))).header("X-Forwarded-Proto", "https").GET());
        assertTrue(tls.headers().firstValue("Strict-Transport-Security").orElse("").startsWith("max-age="), "HSTS behind a TLS proxy");

        // a browser without a session yet (the client above already holds one)
        HttpResponse<String> login = send(client(), HttpRequest.newBuilder(URI.create(url("/login.xhtml"))).GET());
        String cookie = String.join(";", login.headers().allValues("Set-Cookie"));
        assertTrue(cookie.contains("JSESSIONID"), "a session cookie: " + cookie);
        assertTrue(cookie.contains("HttpOnly"), cookie);
        assertTrue(cookie.contains("SameSite=Lax"), cookie);
    }

    private HttpResponse<String> failedLogin(HttpClient http, String from, String account) throws Exception {
        HttpResponse<String> form = send(http, HttpRequest.newBuilder(URI.create(url("/login.xhtml"))).header("X-Forwarded-For", from).GET());
        assertEquals(200, form.statusCode());
        Matcher m = VIEW_STATE.matcher(form.body());
        assertTrue(m.find(), "view state");
        // the page's nonce goes with the form, as PrimeFaces' script adds it in a browser (ADR 0069)
        Matcher nonce = Pattern.compile("'nonce-([^']+)'").matcher(form.headers().firstValue("Content-Security-Policy").orElse(""));
        assertTrue(nonce.find(), "the page's nonce");
        String body = "login=login&username=" + account + "&password=salah-sekali&submit=&jakarta.faces.ViewState="
                + java.net.URLEncoder.encode(m.group(1), java.nio.charset.StandardCharsets.UTF_8)
                + "&primefaces.nonce=" + java.net.URLEncoder.encode(nonce.group(1), java.nio.charset.StandardCharsets.UTF_8);
        return send(http, HttpRequest.newBuilder(URI.create(url("/login.xhtml"))).header("X-Forwarded-For", from)
                .header("Content-Type", "application/x-www-form-urlencoded").POST(HttpRequest.BodyPublishers.ofString(body)));
    }

    @Test
    void failedLoginsFromOneAddressAreLimitedAndAudited() throws Exception {
        String from = address();
        String account = "penebak" + ThreadLocalRandom.current().nextInt(100_000, 999_999);
        HttpClient http = client();
        for (int i = 1; i <= 30; i++) {
            HttpResponse<String> r = failedLogin(http, from, account);
            assertEquals(200, r.statusCode(), "failure " + i + " is answered by the login page");
            assertTrue(r.body().contains("salah") || r.body().contains("wrong"), "the login page says the login failed");
        }
        HttpResponse<String> limited = failedLogin(http, from, account);
        assertEquals(429, limited.statusCode());
        long wait = Long.parseLong(limited.headers().firstValue("Retry-After").orElseThrow());
        assertTrue(wait > 0 && wait <= 300, "Retry-After " + wait);
        assertTrue(limited.body().contains("Coba lagi dalam"), limited.body());

        // another address, and the same address with the right password later, are not this client's problem
        assertEquals(200, failedLogin(client(), address(), account).statusCode());

        // the login audit: per account and per address (ADMIN only)
        WebSession admin = WebSession.login(base.toString(), "admin", "rakor2026demo");
        WebSession.Page report = admin.json("GET", "/api/v1/admin/logins?days=1", null);
        assertEquals(200, report.status(), report.body());
        JsonObject o = Json.createReader(new StringReader(report.body())).readObject();
        JsonObject acc = o.getJsonArray("byAccount").getValuesAs(JsonObject.class).stream()
                .filter(a -> account.equals(a.getString("username"))).findFirst().orElse(null);
        assertNotNull(acc, "the guessed account is listed: " + report.body());
        assertEquals(31, acc.getJsonNumber("failures").longValue(), "30 from one address + 1 from another (the limited one never reached the check)");
        assertEquals(2, acc.getJsonNumber("addresses").longValue());
        JsonObject ip = o.getJsonArray("byAddress").getValuesAs(JsonObject.class).stream()
                .filter(a -> from.equals(a.getString("clientIp"))).findFirst().orElse(null);
        assertNotNull(ip, "the address is listed");
        assertEquals(30, ip.getJsonNumber("failures").longValue());
        assertTrue(admin.get("/manage/admin/logins.xhtml").body().contains(account), "the page lists the account");

        assertEquals(400, admin.json("GET", "/api/v1/admin/logins?days=999", null).status());
        WebSession secretariat = WebSession.login(base.toString(), "sumbar.sekretariat", "rakor2026demo");
        assertEquals(403, secretariat.json("GET", "/api/v1/admin/logins", null).status());
        assertEquals(403, secretariat.get("/manage/admin/logins.xhtml").status());
        assertEquals(401, WebSession.anonymous(base.toString()).json("GET", "/api/v1/admin/logins", null).status());
    }

    @Test
    void guessingPersonalLinksAndTokensIsLimited() throws Exception {
        HttpClient http = client();
        String from = address();
        for (int i = 1; i <= 60; i++) {
            HttpResponse<String> r = send(http, HttpRequest.newBuilder(URI.create(url("/api/v1/public/registrations/tebakan" + i)))
                    .header("X-Forwarded-For", from).GET());
            assertEquals(404, r.statusCode(), "guess " + i);
        }
        HttpResponse<String> limited = send(http, HttpRequest.newBuilder(URI.create(url("/api/v1/public/registrations/tebakan61")))
                .header("X-Forwarded-For", from).header("Accept-Language", "en").GET());
        assertEquals(429, limited.statusCode());
        JsonObject body = Json.createReader(new StringReader(limited.body())).readObject();
        assertEquals("error.rateLimited", body.getString("error"));
        assertTrue(body.getString("message").startsWith("Too many attempts"), body.toString());
        assertEquals(limited.headers().firstValue("Retry-After").orElseThrow(), String.valueOf(body.getJsonNumber("retryAfterSeconds").longValue()));
        // the personal pages share the bucket: the same client is refused there too
        assertEquals(429, send(http, HttpRequest.newBuilder(URI.create(url("/p/registration.xhtml?t=tebakan")))
                .header("X-Forwarded-For", from).GET()).statusCode());

        String tokenGuesser = address();
        for (int i = 1; i <= 30; i++) {
            assertEquals(401, send(http, HttpRequest.newBuilder(URI.create(url("/api/v1/me"))).header("X-Forwarded-For", tokenGuesser)
                    .header("Authorization", "Bearer tebakan-" + i).GET()).statusCode(), "refused token " + i);
        }
        HttpResponse<String> tokens = send(http, HttpRequest.newBuilder(URI.create(url("/api/v1/me"))).header("X-Forwarded-For", tokenGuesser)
                .header("Authorization", "Bearer tebakan-31").GET());
        assertEquals(429, tokens.statusCode());
        assertTrue(tokens.headers().firstValue("Retry-After").isPresent());
    }

    /**
     * A form sent from a page whose view is gone (expired, or lost with a node that was not
     * replicated): the same page again, with its parameters (the form's action has none), the
     * notice that nothing was saved, and nothing saved.
     */
    @Test
    void aFormFromAnExpiredViewShowsTheSamePageAgainWithANotice() throws Exception {
        WebSession s = WebSession.login(base.toString(), "sumbar.sekretariat", "rakor2026demo");
        long eventId;
        String title;
        try (var c = TestData.db(); var st = c.createStatement();
                var rs = st.executeQuery("SELECT e.id, e.title FROM event e JOIN org_unit u ON u.id = e.unit_id"
                        + " WHERE u.code = 'BAWASLU-13' AND e.status IN ('DRAFT', 'PUBLISHED') ORDER BY e.id LIMIT 1")) {
            assertTrue(rs.next(), "a demo event of the Sumbar secretariat that can be edited");
            eventId = rs.getLong(1);
            title = rs.getString(2);
        }
        String pageUrl = base + "manage/event.xhtml?id=" + eventId;
        WebSession.Page page = s.get("/manage/event.xhtml?id=" + eventId);
        assertEquals(200, page.status());
        Matcher nonce = Pattern.compile("PrimeFaces\\.csp\\.init\\('([^']+)'\\)").matcher(page.body());
        assertTrue(nonce.find(), "the page's nonce");
        String body = "tabs%3Adetails=tabs%3Adetails&tabs%3Adetails%3Atitle=Judul+yang+tidak+boleh+tersimpan"
                + "&tabs%3Adetails%3Asave=&jakarta.faces.ViewState=-4242%3A4242&primefaces.nonce=" + nonce.group(1);
        WebSession.Page sent = s.postForm("/manage/event.xhtml", body, pageUrl);
        assertEquals(302, sent.status(), "shown afresh, not an error page");
        assertTrue(sent.location().endsWith("/manage/event.xhtml?id=" + eventId), "the same event again: " + sent.location());
        WebSession.Page again = s.get(URI.create(sent.location()).getRawPath() + "?" + URI.create(sent.location()).getRawQuery());
        assertEquals(200, again.status());
        assertTrue(again.body().contains("Halaman ini sudah terlalu lama terbuka"), "the notice is shown");
        assertTrue(again.body().contains(title), "the event's own page");
        try (var c = TestData.db(); var st = c.createStatement();
                var rs = st.executeQuery("SELECT title FROM event WHERE id = " + eventId)) {
            rs.next();
            assertEquals(title, rs.getString(1), "nothing of the form was saved");
        }

        // a Referer naming another page gives only this page, without its parameters
        WebSession.Page elsewhere = s.postForm("/manage/event.xhtml", body, base + "manage/users.xhtml?id=" + eventId);
        assertEquals(302, elsewhere.status());
        assertTrue(elsewhere.location().endsWith("/manage/event.xhtml"), elsewhere.location());
    }
}
