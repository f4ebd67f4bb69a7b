package io.relance.bench;

import io.gatling.javaapi.core.ScenarioBuilder;
import io.gatling.javaapi.core.Simulation;

import java.time.Duration;

import static io.gatling.javaapi.core.CoreDsl.during;
import static io.gatling.javaapi.core.CoreDsl.listFeeder;
import static io.gatling.javaapi.core.CoreDsl.nothingFor;
import static io.gatling.javaapi.core.CoreDsl.rampUsers;
import static io.gatling.javaapi.core.CoreDsl.scenario;

/**
 * A working day's load: callers work "Ma journée" like people on the phone (5 to 20 s between
 * actions), chefs de projet read bilans and dashboards, directeurs import files of 10,000 contacts.
 */
public class DaySimulation extends Simulation {

    private static final Duration MIN_PAUSE = Duration.ofSeconds(5);
    private static final Duration MAX_PAUSE = Duration.ofSeconds(20);

    {
        LoadPlan plan = LoadPlan.current();
        ScenarioBuilder callers = scenario("callers").feed(listFeeder(plan.callers()))
                .exec(Pages.login(Pages.TODAY, "id=\"journee\""))
                .exec(during(plan.duration()).on(Pages.callerRound(MIN_PAUSE, MAX_PAUSE)));
        ScenarioBuilder chefs = scenario("chefs").feed(listFeeder(plan.chefs()))
                .exec(Pages.login(Pages.CAMPAIGN_LIST, "Lancement"))
                .exec(during(plan.duration()).on(Pages.chefRound(MIN_PAUSE, MAX_PAUSE)));
        ScenarioBuilder imports = scenario("imports").feed(listFeeder(plan.importers()))
                .exec(Pages.importing(plan.keycloakUrl(), plan.importFile()));
        setUp(callers.injectOpen(rampUsers(plan.callers().size()).during(plan.ramp())),
                chefs.injectOpen(rampUsers(plan.chefs().size()).during(plan.ramp())),
                // imports start once the callers are at work, one every 30 s
                imports.injectOpen(nothingFor(plan.ramp()), rampUsers(plan.importers().size()).during(Duration.ofSeconds(150))))
                .protocols(Protocol.of(plan));
    }
}
