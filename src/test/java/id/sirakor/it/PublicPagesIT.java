package id.sirakor.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Issue 17, performance (ADR 0100): the public pages are stateless for an anonymous visitor (no
 * session cookie, no JSF view state), are served from the page cache with an ETag and 304, and a
 * change shows at once on the node that made it and within the stamp check interval when another
 * node made it (simulated by writing the database directly, as another node would).
 */
@org.junit.jupiter.api.Tag("it-flows")
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class PublicPagesIT {

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.application();
    }

    @ArquillianResource
    URL base;

    private final HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER)
            .connectTimeout(Duration.ofSeconds(10)).build();

    private String url(String path) {
        String b = base.toString();
        return (b.endsWith("/") ? b.substring(0, b.length() - 1) : b) + path;
    }

    private HttpResponse<String> get(String path, String... headers) throws Exception {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(url(path))).timeout(Duration.ofSeconds(60)).GET();
        if (headers.length > 0) {
            b.headers(headers);
        }
        return http.send(b.build(), HttpResponse.BodyHandlers.ofString());
    }

    private static void stateless(HttpResponse<String> r) {
        assertEquals(200, r.statusCode(), r.uri().toString());
        List<String> cookies = r.headers().allValues("Set-Cookie");
        assertTrue(cookies.stream().noneMatch(c -> c.startsWith("JSESSIONID")), r.uri() + " " + cookies);
        assertFalse(r.body().contains("jakarta.faces.ViewState"), r.uri() + " carries a view state");
    }

    @Test
    void publicPagesMakeNoSessionAndNoViewStateAndAnswer304() throws Exception {
        ApiClient sumbar = new ApiClient(base, TestData.jdbcToken("sumbar.sekretariat"));
        long id = TestData.publishedEvent(sumbar, "Rakor Uji Halaman Publik", "2033-11-22", 40);
        String slug = sumbar.get("/api/v1/events/" + id).object().getString("slug");

        for (String path : List.of("/", "/index.xhtml", "/event.xhtml?e=" + slug, "/api/v1/public/events",
                "/event.xhtml?e=" + slug + "&lang=en", "/index.xhtml?lang=en")) {
            HttpResponse<String> first = get(path);
            stateless(first);
            HttpResponse<String> second = get(path);
            stateless(second);
            // a cached page (and an uncached one) carries the policy whose nonce its scripts have (ADR 0069);
            // pages rendered twice differ only in that nonce
            if (!path.startsWith("/api/")) {
                nonceMatches(first);
                nonceMatches(second);
            }
            assertEquals(withoutNonce(first.body()), withoutNonce(second.body()), path);
        }
        // ?lang= sets the language cookie (not a session) and is not cached; the cookie is part of the key
        HttpResponse<String> en = get("/event.xhtml?e=" + slug, "Cookie", "sirakor_lang=en");
        HttpResponse<String> id1 = get("/event.xhtml?e=" + slug);
        assertTrue(en.body().contains("lang=id"), "English page offers Indonesian");
        assertTrue(id1.body().contains("lang=en"), "Indonesian page offers English");
        assertNotEquals(en.headers().firstValue("ETag").orElseThrow(), id1.headers().firstValue("ETag").orElseThrow());

        String etag = id1.headers().firstValue("ETag").orElseThrow();
        HttpResponse<String> notModified = get("/event.xhtml?e=" + slug, "If-None-Match", etag);
        assertEquals(304, notModified.statusCode());
        assertEquals("", notModified.body());
        assertTrue(notModified.headers().firstValue("Content-Security-Policy").isPresent(), "security headers on a cached answer");

        String listTag = get("/api/v1/public/events").headers().firstValue("ETag").orElseThrow();
        assertEquals(304, get("/api/v1/public/events", "If-None-Match", listTag).statusCode());

        // a change made through this node shows at once, with a new ETag, on the event page, home and the API
        var event = sumbar.get("/api/v1/events/" + id).object();
        var put = sumbar.put("/api/v1/events/" + id, "{\"type\":\"RAKOR\",\"title\":\"Rakor Uji Halaman Publik Diubah\",\"capacity\":"
                + event.getInt("capacity") + "}");
        assertEquals(200, put.status(), put.body());
        HttpResponse<String> changed = get("/event.xhtml?e=" + slug, "If-None-Match", etag);
        assertEquals(200, changed.statusCode());
        assertTrue(changed.body().contains("Rakor Uji Halaman Publik Diubah"));
        assertNotEquals(etag, changed.headers().firstValue("ETag").orElseThrow());
        assertTrue(get("/").body().contains("Rakor Uji Halaman Publik Diubah"));
        assertNotEquals(listTag, get("/api/v1/public/events").headers().firstValue("ETag").orElseThrow());

        // personal pages and other parameters are never cached
        assertTrue(get("/event.xhtml?e=" + slug + "&x=1").headers().firstValue("ETag").isEmpty());
        assertTrue(get("/login.xhtml").headers().firstValue("ETag").isEmpty());
    }

    @Test
    void aChangeFromAnotherNodeShowsWithinTheCheckInterval() throws Exception {
        ApiClient sumbar = new ApiClient(base, TestData.jdbcToken("sumbar.sekretariat"));
        long id = TestData.publishedEvent(sumbar, "Rakor Uji Simpul Lain", "2033-11-29", 40);
        String slug = sumbar.get("/api/v1/events/" + id).object().getString("slug");
        String before = get("/event.xhtml?e=" + slug).headers().firstValue("ETag").orElseThrow();
        assertEquals(before, get("/event.xhtml?e=" + slug).headers().firstValue("ETag").orElseThrow(), "served from the cache");
        // "another node": the same write and stamp bump in one transaction, not through this server
        try (var c = TestData.db()) {
            c.setAutoCommit(false);
            try (var s = c.createStatement()) {
                s.executeUpdate("UPDATE event SET title = 'Rakor Uji Simpul Lain Diubah' WHERE id = " + id);
                s.executeUpdate("INSERT INTO public_change (changed_at) VALUES (CURRENT_TIMESTAMP)");
            }
            c.commit();
        }
        long t0 = System.nanoTime();
        HttpResponse<String> r;
        do {
            r = get("/event.xhtml?e=" + slug);
        } while (!r.body().contains("Rakor Uji Simpul Lain Diubah") && System.nanoTime() - t0 < 10_000_000_000L);
        long ms = (System.nanoTime() - t0) / 1_000_000;
        assertTrue(r.body().contains("Rakor Uji Simpul Lain Diubah"), "change not seen after " + ms + " ms");
        assertTrue(ms <= 2_000, "seen after " + ms + " ms; the check interval is 500 ms");
        assertNotEquals(before, r.headers().firstValue("ETag").orElseThrow());
    }

    private static void nonceMatches(HttpResponse<String> r) {
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("'nonce-([^']+)'")
                .matcher(r.headers().firstValue("Content-Security-Policy").orElse(""));
        assertTrue(m.find(), "a nonce in the policy of " + r.uri());
        assertTrue(r.body().contains("nonce=\"" + m.group(1) + "\""), "the page's scripts carry the policy's nonce: " + r.uri());
    }

    private static String withoutNonce(String body) {
        return body.replaceAll("nonce=\"[^\"]*\"", "nonce").replaceAll("csp\\.init\\('[^']*'\\)", "csp.init()");
    }
}
