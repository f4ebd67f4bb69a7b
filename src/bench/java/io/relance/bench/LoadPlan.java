package io.relance.bench;

import java.time.Duration;
import java.util.List;
import java.util.Map;

/**
 * What the next Gatling run does: where the app and Keycloak are, who logs in, how long and how
 * many. Gatling builds the simulation by its class name in this JVM, with no constructor arguments:
 * the benchmark sets the plan here just before it starts Gatling.
 *
 * @param callers    feeder rows of callers ({@code user}, {@code password})
 * @param chefs      feeder rows of chefs ({@code user}, {@code password}, {@code campaign1}, {@code campaign2})
 * @param importers  feeder rows of directeurs who import a file
 * @param users      concurrent callers (the saturation run) or callers arriving over {@code ramp} (the day)
 * @param ramp       how long callers take to arrive (the day) ; none for a saturation level
 * @param duration   how long each caller works (the day) or the level lasts (saturation)
 * @param importFile the CSV every importer posts
 */
record LoadPlan(String appUrl, String keycloakUrl, List<Map<String, Object>> callers, List<Map<String, Object>> chefs,
                List<Map<String, Object>> importers, int users, Duration ramp, Duration duration, byte[] importFile) {

    private static volatile LoadPlan current;

    static LoadPlan current() {
        if (current == null) {
            throw new IllegalStateException("no load plan: run the simulations through LoadBenchmark");
        }
        return current;
    }

    static void use(LoadPlan plan) {
        current = plan;
    }
}
