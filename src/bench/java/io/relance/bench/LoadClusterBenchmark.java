package io.relance.bench;

import io.relance.devstack.ClusterStack;
import org.jboss.as.controller.client.ModelControllerClient;
import org.junit.jupiter.api.Test;

import java.net.URI;
import java.nio.file.Path;
import java.util.List;

/**
 * The load test through HAProxy on the cluster (its own failsafe execution of the bench profile,
 * {@code relance.stack=cluster}): the data set and accounts once, then one node (node 2 drained
 * and stopped: HAProxy sends everyone to node 1), then both nodes with fresh callers. Alone:
 * {@code ./mvnw -B -Pbench verify -Dit.test=LoadClusterBenchmark -Dtest=NoSuchTest -Dsurefire.failIfNoSpecifiedTests=false}.
 */
class LoadClusterBenchmark {

    @Test
    void oneNodeThenTwoBehindTheBalancer() throws Exception {
        ClusterStack cluster = ClusterStack.current();
        Path out = Path.of(System.getProperty("jboss.home"), "..", "benchmarks").normalize();
        LoadRun run = new LoadRun(out, cluster.jdbcUrl(), cluster.keycloakUrl());
        try (ModelControllerClient node1 = management(cluster, 1); ModelControllerClient node2 = management(cluster, 2)) {
            ServerLog log1 = ServerLog.enable(node1);
            ServerLog log2 = ServerLog.enable(node2);
            cluster.ensureAllUp(); // a reload for the access log may have taken a node out of HAProxy for a moment
            run.prepare();
            cluster.drainAndStopNode(2);
            run.measure("1 node", cluster.lbUrl(), List.of(log1), 0);
            cluster.startNode(2);
            run.measure("2 nodes", cluster.lbUrl(), List.of(log1, log2), 1);
        } finally {
            cluster.ensureAllUp();
        }
    }

    private static ModelControllerClient management(ClusterStack cluster, int node) throws Exception {
        URI uri = URI.create(cluster.managementUrl(node));
        return ModelControllerClient.Factory.create("remote+http", uri.getHost(), uri.getPort());
    }
}
