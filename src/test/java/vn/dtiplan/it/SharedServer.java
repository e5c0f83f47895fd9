package vn.dtiplan.it;

import fish.payara.arquillian.container.payara.managed.PayaraMicroDeployableContainer;
import org.jboss.arquillian.container.spi.client.container.DeployableContainer;
import org.jboss.arquillian.container.spi.client.container.DeploymentException;
import org.jboss.arquillian.container.spi.client.container.LifecycleException;
import org.jboss.arquillian.container.spi.client.protocol.metadata.ProtocolMetaData;
import org.jboss.arquillian.core.spi.LoadableExtension;
import org.jboss.shrinkwrap.api.Archive;

/**
 * One Payara Micro per failsafe execution instead of one per IT class. The Payara Micro adapter
 * boots a server on {@code deploy} and kills it on {@code undeploy}; each boot costs about 25 s of
 * CPU (docs/benchmark.md, "Build time"), which made the boots most of {@code ./mvnw verify}. This
 * container boots on the first class's deployment and answers every later class with the same
 * server; the server stops with the suite.
 *
 * <p>It holds because every IT deploys the same archive, {@link Deployments#war()} (the built WAR
 * plus the test-only probes), and because the classes already share one database: a test makes
 * its own units and users and reads nothing another class could change under it. A class that
 * needs another server configuration starts its own process instead (as the failover scripts do).
 */
public class SharedServer extends PayaraMicroDeployableContainer {

    private static ProtocolMetaData running;
    private static Archive<?> deployed;

    /** The Arquillian registration: replaces the adapter's container with this one. */
    public static class Extension implements LoadableExtension {
        @Override
        public void register(ExtensionBuilder builder) {
            builder.override(DeployableContainer.class, PayaraMicroDeployableContainer.class, SharedServer.class);
        }
    }

    @Override
    public ProtocolMetaData deploy(Archive<?> archive) throws DeploymentException {
        synchronized (SharedServer.class) {
            if (running == null) {
                running = super.deploy(archive);
                deployed = archive;
            } else if (!deployed.getName().equals(archive.getName())) {
                throw new DeploymentException("The shared IT server runs " + deployed.getName() + ", not " + archive.getName());
            }
            return running;
        }
    }

    @Override
    public void undeploy(Archive<?> archive) {
        // kept running for the next class; stop() ends it
    }

    @Override
    public void stop() throws LifecycleException {
        synchronized (SharedServer.class) {
            if (deployed != null) {
                try {
                    super.undeploy(deployed);
                } catch (DeploymentException e) {
                    throw new LifecycleException("The shared IT server did not stop", e);
                }
                running = null;
                deployed = null;
            }
        }
        super.stop();
    }
}
