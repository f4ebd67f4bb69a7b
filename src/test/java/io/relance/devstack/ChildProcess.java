package io.relance.devstack;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.TimeUnit;

/**
 * A server we start as a process (Keycloak, WildFly): waiting for it and stopping it with its children.
 * The children seen are remembered: a start script can exit while its JVM runs on (seen once after
 * WildFly reloaded a subsystem), and a JVM no longer under its script is still this server.
 */
final class ChildProcess {

    private final String name;
    private final Process process;
    private final Set<ProcessHandle> children = ConcurrentHashMap.newKeySet();

    ChildProcess(String name, Process process) {
        this.name = name;
        this.process = process;
    }

    /** Polls the URL until it answers one of the accepted statuses, or fails when the process dies or time runs out. */
    void awaitHttp(String url, Duration timeout, int... accepted) throws Exception {
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
        long deadline = System.nanoTime() + timeout.toNanos();
        while (System.nanoTime() < deadline) {
            if (!isAlive()) {
                throw new IllegalStateException(name + " exited with code " + process.exitValue());
            }
            try {
                int status = http.send(HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(5)).build(),
                        HttpResponse.BodyHandlers.discarding()).statusCode();
                for (int ok : accepted) {
                    if (status == ok) {
                        return;
                    }
                }
            } catch (IOException notYet) {
                // not listening yet
            }
            Thread.sleep(500);
        }
        throw new IllegalStateException(name + " did not answer " + url + " within " + timeout.toSeconds() + " s");
    }

    /** The script's children now and those seen before, still running. */
    private List<ProcessHandle> children() {
        process.descendants().forEach(children::add);
        children.removeIf(h -> !h.isAlive());
        return List.copyOf(children);
    }

    boolean isAlive() {
        return process.isAlive() || !children().isEmpty();
    }

    int waitFor() throws InterruptedException {
        int code = process.waitFor();
        for (ProcessHandle h : children()) {
            h.onExit().join();
        }
        return code;
    }

    boolean waitFor(long timeout, TimeUnit unit) throws InterruptedException {
        long deadline = System.nanoTime() + unit.toNanos(timeout);
        if (!process.waitFor(timeout, unit)) {
            return false;
        }
        for (ProcessHandle h : children()) {
            try {
                h.onExit().get(Math.max(0, deadline - System.nanoTime()), TimeUnit.NANOSECONDS);
            } catch (TimeoutException | ExecutionException e) {
                return false;
            }
        }
        return true;
    }

    /**
     * SIGKILL: the JVMs the script started first (killing only the script would leave the server
     * running), then the script. Returns once they are gone, so that their ports are free.
     */
    void kill() throws InterruptedException {
        var all = children();
        all.forEach(ProcessHandle::destroyForcibly);
        process.destroyForcibly();
        for (ProcessHandle h : all) {
            h.onExit().orTimeout(30, TimeUnit.SECONDS).exceptionally(t -> h).join();
        }
        process.waitFor(30, TimeUnit.SECONDS);
    }

    void stop() {
        // The shell scripts start a JVM of their own: stop the children first, then the script.
        children().forEach(ProcessHandle::destroy);
        process.destroy();
        try {
            if (!waitFor(30, TimeUnit.SECONDS)) {
                children().forEach(ProcessHandle::destroyForcibly);
                process.destroyForcibly();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
