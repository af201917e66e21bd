package id.sirakor.it;

import java.io.File;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.spec.WebArchive;

/** The real application WAR, as built, deployed to the managed WildFly by every IT. */
public final class Deployments {

    private Deployments() {
    }

    /** The WAR as the build made it: for black-box (HTTP, browser) tests. */
    public static WebArchive application() {
        File war = new File(System.getProperty("sirakor.war", "target/sirakor.war"));
        if (!war.isFile()) {
            throw new IllegalStateException("Build the WAR first (mvn verify runs package before the ITs): " + war);
        }
        return ShrinkWrap.createFromZipFile(WebArchive.class, war);
    }

    /** The WAR plus test classes, for tests that run inside the server. */
    public static WebArchive applicationWith(Class<?>... testClasses) {
        WebArchive war = application();
        war.addClasses(testClasses);
        war.addClass(Deployments.class);
        war.addClass(ApiClient.class);
        return war;
    }
}
