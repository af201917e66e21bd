package id.sirakor.it.arquillian;

import java.util.TreeSet;
import java.util.logging.Logger;
import org.jboss.arquillian.container.spi.client.container.DeployableContainer;
import org.jboss.arquillian.container.spi.client.deployment.Deployment;
import org.jboss.arquillian.container.spi.client.deployment.DeploymentDescription;
import org.jboss.arquillian.container.spi.client.protocol.metadata.ProtocolMetaData;
import org.jboss.arquillian.container.spi.context.annotation.DeploymentScoped;
import org.jboss.arquillian.container.spi.event.DeployDeployment;
import org.jboss.arquillian.container.spi.event.UnDeployDeployment;
import org.jboss.arquillian.container.spi.event.container.BeforeStop;
import org.jboss.arquillian.core.api.InstanceProducer;
import org.jboss.arquillian.core.api.annotation.Inject;
import org.jboss.arquillian.core.api.annotation.Observes;
import org.jboss.arquillian.core.spi.EventContext;
import org.jboss.arquillian.core.spi.LoadableExtension;
import org.jboss.shrinkwrap.api.Archive;

/**
 * Deploys the application WAR once per managed server instead of once per test class.
 *
 * <p>Thirty-odd black-box test classes (HTTP, browser) each deployed and undeployed the same WAR: a
 * deployment (Weld, Hibernate, Flyway validation, JSF) costs 10–20 s on two busy cores, about a
 * quarter of the whole CI run, and thirty redeployments once exhausted the server's heap. A class
 * whose deployment is exactly the archive that is already deployed now reuses it: its deploy and
 * undeploy become no-ops and it gets the same protocol metadata (base URL). A class that runs inside
 * the server (its archive carries test classes: a "testable" deployment) still gets its own
 * deployment; the shared one is undeployed first, since both use the root context. The shared
 * deployment is undeployed before the server stops, so the next group's server starts empty.</p>
 *
 * <p>Tests therefore share the application's in-memory state within a group (they already share
 * its database); a test that needs a fresh application state must say so with its own archive.</p>
 */
public class DeployOnce implements LoadableExtension {

    private static final Logger LOG = Logger.getLogger(DeployOnce.class.getName());

    @Override
    public void register(ExtensionBuilder builder) {
        builder.observer(Observer.class);
    }

    /** What is deployed and kept: one per test JVM (one failsafe group, one managed server). */
    private static String sharedKey;
    private static Archive<?> sharedArchive;
    private static ProtocolMetaData sharedMetaData;
    private static int reused;

    public static class Observer {

        @Inject
        @DeploymentScoped
        private InstanceProducer<ProtocolMetaData> protocolMetaData;

        @Inject
        @DeploymentScoped
        private InstanceProducer<DeploymentDescription> description;

        @Inject
        @DeploymentScoped
        private InstanceProducer<Deployment> deploymentProducer;

        /** Runs inside the deployment context (lower precedence than Arquillian's context handler). */
        public void deploy(@Observes(precedence = -100) EventContext<DeployDeployment> context) throws Exception {
            DeployDeployment event = context.getEvent();
            Deployment deployment = event.getDeployment();
            DeploymentDescription d = deployment.getDescription();
            if (!d.isArchiveDeployment() || d.getTestableArchive() != null) {
                undeployShared(event.getDeployableContainer());
                context.proceed();
                return;
            }
            String key = key(d.getArchive());
            if (key.equals(sharedKey)) {
                description.set(d);
                deploymentProducer.set(deployment);
                protocolMetaData.set(sharedMetaData);
                deployment.deployed();
                reused++;
                return;
            }
            undeployShared(event.getDeployableContainer());
            context.proceed();
            if (deployment.isDeployed() && !deployment.hasDeploymentError()) {
                sharedKey = key;
                sharedArchive = d.getArchive();
                sharedMetaData = protocolMetaData.get();
            }
        }

        public void undeploy(@Observes(precedence = -100) EventContext<UnDeployDeployment> context) throws Exception {
            Deployment deployment = context.getEvent().getDeployment();
            DeploymentDescription d = deployment.getDescription();
            if (sharedKey != null && d.isArchiveDeployment() && d.getTestableArchive() == null
                    && sharedKey.equals(key(d.getArchive()))) {
                deployment.undeployed(); // kept for the next class
                return;
            }
            context.proceed();
        }

        public void beforeStop(@Observes BeforeStop event) throws Exception {
            LOG.info("DeployOnce: the shared deployment served " + (reused + 1) + " test classes");
            undeployShared(event.getDeployableContainer());
        }

        private static void undeployShared(DeployableContainer<?> container) throws Exception {
            if (sharedArchive != null) {
                Archive<?> archive = sharedArchive;
                sharedArchive = null;
                sharedKey = null;
                sharedMetaData = null;
                container.undeploy(archive);
            }
        }

        /** Name and every entry path: two archives built the same way from the same WAR are equal. */
        private static String key(Archive<?> archive) {
            TreeSet<String> paths = new TreeSet<>();
            archive.getContent().keySet().forEach(p -> paths.add(p.get()));
            return archive.getName() + "|" + paths.size() + "|" + String.join(",", paths).hashCode();
        }
    }
}
