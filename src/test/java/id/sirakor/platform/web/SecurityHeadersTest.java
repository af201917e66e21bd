package id.sirakor.platform.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class SecurityHeadersTest {

    /** PrimeFaces sends web.xml's policy on JSF pages, the filter its own elsewhere: they must not drift apart. */
    @Test
    void theJsfPagePolicyInWebXmlIsTheFiltersPolicy() throws Exception {
        String webXml = Files.readString(Path.of("src/main/webapp/WEB-INF/web.xml"));
        Matcher m = Pattern.compile("<param-name>primefaces.CSP_POLICY</param-name>\\s*<param-value>([^<]*)</param-value>").matcher(webXml);
        assertTrue(m.find(), "web.xml sets primefaces.CSP_POLICY");
        assertEquals(SecurityHeaders.PAGE_POLICY, m.group(1).replace("&apos;", "'"));
        assertTrue(Pattern.compile("<param-name>primefaces.CSP</param-name>\\s*<param-value>true</param-value>").matcher(webXml).find(),
                "PrimeFaces' CSP mode is on");
    }

    @Test
    void scriptsComeLastSoPrimeFacesCanAppendTheNonceAndNeverInline() {
        assertTrue(SecurityHeaders.PAGE_POLICY.endsWith("script-src 'self'"), SecurityHeaders.PAGE_POLICY);
        assertFalse(SecurityHeaders.PAGE_POLICY.contains("unsafe-eval"));
        String scripts = SecurityHeaders.PAGE_POLICY.substring(SecurityHeaders.PAGE_POLICY.indexOf("script-src"));
        assertFalse(scripts.contains("unsafe-inline"), scripts);
    }

    @Test
    void jsfPagesButNotTheirResourcesGetThePolicyFromPrimeFaces() {
        assertTrue(SecurityHeaders.isFacesPage("/manage/event.xhtml"));
        assertTrue(SecurityHeaders.isFacesPage("/"));
        assertFalse(SecurityHeaders.isFacesPage("/jakarta.faces.resource/core.js.xhtml"));
        assertFalse(SecurityHeaders.isFacesPage("/unavailable.html"));
        assertFalse(SecurityHeaders.isFacesPage("/door/checkin.js"));
    }
}
