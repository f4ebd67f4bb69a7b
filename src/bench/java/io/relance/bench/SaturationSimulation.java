package io.relance.bench;

import io.gatling.javaapi.core.ScenarioBuilder;
import io.gatling.javaapi.core.Simulation;

import java.time.Duration;

import static io.gatling.javaapi.core.CoreDsl.doIf;
import static io.gatling.javaapi.core.CoreDsl.repeat;
import static io.gatling.javaapi.core.CoreDsl.constantConcurrentUsers;
import static io.gatling.javaapi.core.CoreDsl.listFeeder;
import static io.gatling.javaapi.core.CoreDsl.scenario;

/**
 * One level of the saturation run: a fixed number of callers working "Ma journée" without any
 * pause. A caller logs in, then does page, card, outcome until no call of its day is open (15
 * outcomes), and another caller takes its place.
 */
public class SaturationSimulation extends Simulation {

    /** A caller's open calls (15) and one round more to see that none is left; a bound if rounds keep failing. */
    private static final int ROUNDS = 16;

    {
        LoadPlan plan = LoadPlan.current();
        ScenarioBuilder callers = scenario("callers").feed(listFeeder(plan.callers()))
                .exec(Pages.login(Pages.TODAY, "id=\"journee\""))
                .exec(session -> session.set("more", true))
                .exec(repeat(ROUNDS).on(doIf(session -> session.getBoolean("more")).then(Pages.callerRound(Duration.ZERO, Duration.ZERO))));
        setUp(callers.injectClosed(constantConcurrentUsers(plan.users()).during(plan.duration()))).protocols(Protocol.of(plan));
    }
}
