package id.sirakor.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Named;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Paths;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.asset.StringAsset;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** Unexpected errors: the user gets an incident id, the log has the same id with the stack trace. */
@org.junit.jupiter.api.Tag("it-core") // its own WildFly and database: the failsafe execution "core" (pom.xml)
@ExtendWith(ArquillianExtension.class)
class ErrorHandlingIT {

    @Deployment
    static WebArchive deployment() {
        return Deployments.applicationWith(ErrorHandlingIT.class, Boom.class, BoomBean.class)
                .addAsWebResource(new StringAsset("""
                        <!DOCTYPE html>
                        <html xmlns="http://www.w3.org/1999/xhtml" xmlns:h="jakarta.faces.html" xmlns:f="jakarta.faces.core">
                        <f:metadata><f:viewAction action="#{boomBean.explode}"/></f:metadata>
                        <h:body>never shown</h:body></html>"""), "it-boom.xhtml");
    }

    /** A resource that fails the way a bug would. */
    @Path("/it-boom")
    @RequestScoped
    public static class Boom {
        @GET
        public String boom() {
            throw new IllegalStateException("it-boom: simulated bug in a resource");
        }
    }

    @Named
    @RequestScoped
    public static class BoomBean {
        public void explode() {
            throw new IllegalStateException("it-boom: simulated bug in a page");
        }
    }

    @ArquillianResource
    URL base;

    private static String serverLog() throws Exception {
        return Files.readString(Paths.get(System.getProperty("jboss.server.log.dir"), "server.log"));
    }

    @Test
    void anApiBugAnswers500WithAnIncidentIdThatIsInTheLog() throws Exception {
        var r = new ApiClient(base, null).get("/api/v1/it-boom");
        assertEquals(500, r.status());
        String incident = r.object().getString("incident");
        assertTrue(incident.matches("INC-[A-Z0-9]{8}"), incident);
        assertTrue(r.object().getString("message").contains(incident));
        String log = serverLog();
        int at = log.indexOf(incident);
        assertTrue(at >= 0, "incident id is in the server log");
        assertTrue(log.indexOf("it-boom: simulated bug in a resource", at) > at, "with the exception after it");
    }

    @Test
    void aPageBugShowsTheErrorPageWithTheIncidentId() throws Exception {
        HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NORMAL).build();
        HttpResponse<String> r = http.send(HttpRequest.newBuilder(URI.create(base + "it-boom.xhtml")).build(),
                HttpResponse.BodyHandlers.ofString());
        assertEquals(200, r.statusCode());
        assertTrue(r.uri().getPath().endsWith("/error.xhtml"), r.uri().toString());
        Matcher m = Pattern.compile("id=\"incident\">(INC-[A-Z0-9]{8})<").matcher(r.body());
        assertTrue(m.find(), "the page shows an incident id");
        assertTrue(r.body().contains("Terjadi kesalahan"), "in Indonesian");
        String log = serverLog();
        int at = log.indexOf(m.group(1));
        assertTrue(at >= 0);
        assertTrue(log.indexOf("it-boom: simulated bug in a page", at) > at);
        assertTrue(!r.body().contains("IllegalStateException"), "no stack trace for the user");
    }
}
