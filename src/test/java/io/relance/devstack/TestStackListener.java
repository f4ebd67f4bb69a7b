package io.relance.devstack;

import org.junit.platform.launcher.LauncherSession;
import org.junit.platform.launcher.LauncherSessionListener;

/**
 * Starts a fresh database and Keycloak once for the whole integration-test run (failsafe sets
 * {@code relance.stack=test}); Arquillian then starts WildFly, which inherits the environment that
 * points it at them. Unit tests (surefire) start nothing.
 */
public class TestStackListener implements LauncherSessionListener {

    private Stack stack;

    @Override
    public void launcherSessionOpened(LauncherSession session) {
        if (!"test".equals(System.getProperty("relance.stack"))) {
            return;
        }
        StackConfig config = StackConfig.fromSystemProperties(3308, 9180, 9080);
        long start = System.nanoTime();
        stack = new Stack(config);
        stack.start(true);
        System.out.printf("Test stack up in %d s (MariaDB :%d, Keycloak :%d)%n",
                (System.nanoTime() - start) / 1_000_000_000, config.dbPort(), config.keycloakPort());
    }

    @Override
    public void launcherSessionClosed(LauncherSession session) {
        if (stack != null) {
            stack.stop();
        }
    }
}
