package io.relance.devstack;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;

/**
 * Two WildFly nodes sharing their web sessions, behind HAProxy, on the embedded MariaDB and
 * Keycloak: what production runs, on one machine. Started by {@link TestStackListener} for the
 * fault tests ({@code relance.stack=cluster}, the faults profile) and by {@link RunCluster} (the
 * cluster command). The fault tests break it on purpose through the methods below; each test calls
 * {@link #ensureAllUp()} so that the next one finds both nodes up.
 *
 * <p>Nodes are numbered 1 and 2; node i is {@code n}i in HAProxy and in the RELANCE_NODE cookie.
 */
public final class ClusterStack {

    // sessions helper: a node restarted during a rolling deploy boots while the other node, Keycloak,
    // MariaDB and the test's users share two cores: its deployment took over WildFly's 300 s default
    // (WFLYCTL0348, rolled back). Both bounds raised for the test machines; production boots in ~20 s.
    private static final Duration NODE_READY = Duration.ofMinutes(10);
    private static final int SUSPEND_SECONDS = 30;
    private static volatile ClusterStack current;
    private static volatile Exception startFailure;

    private final StackConfig config;
    private final EmbeddedDatabase database;
    private final KeycloakServer keycloak;
    private final Stack stack;
    private final WildFlyNode[] nodes;
    private final LoadBalancer balancer;
    private final Map<String, String> environment;
    private boolean databaseUp;
    private boolean keycloakUp;

    /**
     * @param offsets     the nodes' port offsets (http 8080 + offset, management 9990 + offset,
     *                    JGroups 7600 + offset, its failure detection 7650 + offset)
     * @param clusterName the JGroups cluster's name: no other stack's server ever joins it
     * @param environment the nodes' environment ({@link #environment})
     */
    ClusterStack(StackConfig config, int[] offsets, String clusterName, Map<String, String> environment) throws Exception {
        this.config = config;
        this.environment = Map.copyOf(environment);
        this.database = new EmbeddedDatabase(config.dbPort(), config.dir().resolve("db"));
        int[] nodePorts = {8080 + offsets[0], 8080 + offsets[1]};
        this.keycloak = new KeycloakServer(config, nodePorts);
        this.stack = new Stack(database, keycloak);
        List<String> members = List.of("-Drelance.cluster=" + clusterName,
                "-Drelance.jgroups.n1=" + (7600 + offsets[0]), "-Drelance.jgroups.n2=" + (7600 + offsets[1]));
        this.nodes = new WildFlyNode[2];
        for (int i = 0; i < 2; i++) {
            String name = "node" + (i + 1);
            List<String> properties = new java.util.ArrayList<>(members);
            properties.add("-Djboss.node.name=" + name);
            properties.add("-Djboss.tx.node.id=" + name);
            properties.add("-Djboss.as.management.blocking.timeout=900"); // see NODE_READY
            nodes[i] = new WildFlyNode(name, config.jbossHome(), config.dir().resolve(name), offsets[i], properties,
                    environment, config.dir().resolve(name + ".log"));
        }
        this.balancer = new LoadBalancer(config.dir().resolve("haproxy"), config.httpPort(), List.of(
                new LoadBalancer.Backend("n1", nodes[0].httpPort(), 9990 + offsets[0]),
                new LoadBalancer.Backend("n2", nodes[1].httpPort(), 9990 + offsets[1])));
    }

    /** The nodes' environment: this JVM's, with the stack's URLs; both nodes share the keys. */
    static Map<String, String> environment(StackConfig config) throws Exception {
        Map<String, String> env = WildFlyNode.environment(config);
        env.put("MYSQL_URL", config.jdbcUrl());
        env.put("KEYCLOAK_URL", config.keycloakUrl());
        env.put("RELANCE_PUBLIC_URL", "http://localhost:" + config.httpPort());
        // sessions: the import wizard's next step may reach the other node; its files wait in a folder
        // both nodes share (a shared volume in production), else the wizard asks for the file again
        env.put("RELANCE_IMPORTS_DIR", config.dir().resolve("imports").toString());
        // the nodes are reached through HAProxy only, which adds X-Forwarded-For
        env.putIfAbsent("RELANCE_RATELIMIT_TRUSTED_PROXY", "true");
        Integer smtp = Integer.getInteger("relance.smtp.port");
        if (smtp != null) {
            env.put("SMTP_HOST", "localhost");
            env.put("SMTP_PORT", String.valueOf(smtp));
        }
        return env;
    }

    /** The running cluster of the fault tests (started by TestStackListener), or an error saying how to get one. */
    public static ClusterStack current() {
        ClusterStack running = current;
        if (running == null) {
            throw new IllegalStateException(startFailure != null ? "The cluster did not start: " + startFailure.getMessage()
                    : "No cluster is running: fault tests run in the faults profile "
                    + "(./mvnw verify -Pfaults), where relance.stack=cluster starts one", startFailure);
        }
        return running;
    }

    static void setCurrent(ClusterStack stack) {
        current = stack;
    }

    /** Why the run's cluster did not start: each fault test then fails with it. */
    static void startFailed(Exception failure) {
        startFailure = failure;
    }

    /**
     * Database and Keycloak, node 1 until ready (it migrates the schema and seeds the demo once),
     * then node 2, then HAProxy once both answer.
     *
     * @param fresh empty database and realm (tests) instead of the previous run's data
     */
    synchronized void start(boolean fresh) throws Exception {
        LoadBalancer.executable();
        Files.createDirectories(config.dir());
        stack.start(fresh);
        databaseUp = true;
        keycloakUp = true;
        for (WildFlyNode node : nodes) {
            if (fresh) {
                Files.deleteIfExists(node.log());
            }
            node.prepare(config.war());
            node.start();
            node.awaitReady(NODE_READY);
        }
        balancer.start();
        for (int i = 1; i <= 2; i++) {
            balancer.awaitStatus(server(i), "UP", Duration.ofSeconds(30));
        }
        // the first login page Keycloak renders compiles its theme: slow on a busy machine, so do it
        // now rather than in the first test's login
        balancer.awaitHttp(lbUrl() + "/app/home", Duration.ofMinutes(1), 302);
        balancer.awaitHttp(keycloakUrl() + "/realms/relance/protocol/openid-connect/auth?client_id=relance-app"
                + "&response_type=code&scope=openid&redirect_uri=" + java.net.URLEncoder.encode(lbUrl() + "/app/home",
                java.nio.charset.StandardCharsets.UTF_8), Duration.ofMinutes(2), 200);
    }

    /** The one address people use: HAProxy. */
    public String lbUrl() {
        return "http://localhost:" + config.httpPort();
    }

    /** Node i's own HTTP address, around the balancer. */
    public String nodeUrl(int i) {
        return node(i).url();
    }

    /** Node i's management address (/health/live, /health/ready). */
    public String managementUrl(int i) {
        return node(i).managementUrl();
    }

    public String jdbcUrl() {
        return config.jdbcUrl();
    }

    public String keycloakUrl() {
        return config.keycloakUrl();
    }

    /**
     * A variable of the nodes' environment (null if unset): what a test must share with them, such as
     * RELANCE_SECRETS_KEY to seal an SMS provider's password it writes by SQL.
     */
    public String nodeSetting(String name) {
        return environment.get(name);
    }

    /** The WAR the build made (what the nodes run unless {@link #redeploy} gave them another). */
    public Path war() {
        return config.war();
    }

    /** Node i's console (boot, deployment, the app's log lines), appended to across restarts. */
    public Path nodeLog(int i) {
        return node(i).log();
    }

    /** The node a RELANCE_NODE cookie value points at (n1 → 1, n2 → 2). */
    public static int nodeOfCookie(String value) {
        return switch (value) {
            case "n1" -> 1;
            case "n2" -> 2;
            default -> throw new IllegalArgumentException("not a RELANCE_NODE value: " + value);
        };
    }

    /** Whether node i's JVM is running (it may still be booting). */
    public synchronized boolean isNodeRunning(int i) {
        return node(i).isAlive();
    }

    /** HAProxy's view of node i: UP, DOWN, MAINT, "UP 1/2"... */
    public String balancerStatus(int i) {
        try {
            return balancer.status(server(i));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * kill -9 of node i's JVM: no shutdown, no goodbye to the cluster, requests in flight cut. Returns
     * once the process is gone; HAProxy notices within ~2 s (a refused connection goes to the other
     * node at once) and JGroups as soon as the node's sockets close.
     */
    public synchronized void killNode(int i) throws InterruptedException {
        node(i).kill();
    }

    /** Starts node i on its server folder (data and WAR kept), waits until ready and HAProxy sends it requests. */
    public synchronized void startNode(int i) throws Exception {
        WildFlyNode node = node(i);
        if (!node.isAlive()) {
            node.start();
        }
        node.awaitReady(NODE_READY);
        balancer.command("set server relance/" + server(i) + " state ready");
        balancer.awaitStatus(server(i), "UP", Duration.ofSeconds(30));
    }

    /**
     * A planned stop: HAProxy sends node i nothing new (its people go to the other node, their
     * sessions with them), requests in flight finish (suspend, up to 30 s), then the server stops.
     * The node stays in maintenance until {@link #startNode} or {@link #redeploy}.
     */
    public synchronized void drainAndStopNode(int i) throws Exception {
        balancer.command("set server relance/" + server(i) + " state maint");
        node(i).shutdown(SUSPEND_SECONDS);
    }

    /** One step of a rolling deploy: drain and stop node i, give it this WAR, start it, back in HAProxy. */
    public synchronized void redeploy(int i, Path war) throws Exception {
        drainAndStopNode(i);
        node(i).replaceWar(war);
        startNode(i);
    }

    /** Stops MariaDB (connections refused at once, as when a database server goes down). */
    public synchronized void stopDatabase() {
        database.stop();
        databaseUp = false;
    }

    /** Starts MariaDB again on the same data. */
    public synchronized void startDatabase() throws Exception {
        database.restart();
        databaseUp = true;
    }

    public synchronized void stopKeycloak() {
        keycloak.stop();
        keycloakUp = false;
    }

    /** Starts Keycloak again on its data (realm, users, sessions kept); returns once it answers. */
    public synchronized void startKeycloak() throws Exception {
        keycloak.start(false);
        keycloakUp = true;
    }

    /**
     * Whatever a test broke, mended: database, Keycloak, both nodes running and ready, both UP in
     * HAProxy. Cheap when all is well (a few HTTP calls).
     */
    public synchronized void ensureAllUp() throws Exception {
        if (!databaseUp) {
            startDatabase();
        }
        if (!keycloakUp) {
            startKeycloak();
        }
        if (!balancer.isAlive()) {
            balancer.start();
        }
        for (int i = 1; i <= 2; i++) {
            if (!node(i).isAlive() || !"UP".equals(balancer.status(server(i)))) {
                startNode(i);
            }
        }
    }

    /** Stops everything: HAProxy, the nodes (SIGTERM), Keycloak and MariaDB. */
    synchronized void stop() {
        balancer.stop();
        for (WildFlyNode node : nodes) {
            node.stop();
        }
        stack.stop();
    }

    StackConfig config() {
        return config;
    }

    private WildFlyNode node(int i) {
        if (i < 1 || i > nodes.length) {
            throw new IllegalArgumentException("nodes are 1 and 2, not " + i);
        }
        return nodes[i - 1];
    }

    private static String server(int i) {
        return "n" + i;
    }
}
