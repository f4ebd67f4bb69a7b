package io.relance.interfaces.rest;

import io.relance.application.campaigns.PolicyService;
import io.relance.application.common.Refused;
import io.relance.domain.contact.CallWindows;
import io.relance.domain.contact.Periodicity;
import io.relance.domain.contact.Problem;
import io.relance.domain.sequence.AgencyPolicy;
import io.relance.domain.sequence.NewsroomRule;
import io.relance.domain.sequence.PressurePolicy;
import io.relance.domain.sequence.Escalation;
import io.relance.domain.sequence.SequencePlan;
import io.relance.domain.sequence.StartRule;
import io.relance.domain.sequence.StartRules;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import java.time.Duration;
import java.util.List;
import java.util.Map;

/** The agency's contact-pressure policy, start rules and sequence templates (changed by the directeur). */
@Path("/")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class PolicyResource {

    @Inject
    PolicyService policies;

    /**
     * The policy as JSON: the cap, the cooldown, the rule of each periodicity, and what a newsroom's
     * yes does to the colleagues (CLOSE, KEEP or ASK; absent: unchanged).
     */
    public record Policy(int maxAttemptsPer7Days, int cooldownDays, Map<Periodicity, StartRule> startRules,
                         NewsroomRule newsroomRule) {
    }

    /** A template as typed: slots as "09:30-11:30,14:00-15:30", durations in minutes. */
    public record Template(Long id, String name, int days, String slots, int minGapMinutes, int maxAttempts,
                           int smsDay, int smsLeadMinutes, int cooldownDays, String smsText, Integer escalateAfter) {
    }

    @GET
    @Path("policy")
    public Policy policy() {
        AgencyPolicy p = policies.policy();
        return new Policy(p.pressure().maxAttemptsPer7Days(), p.pressure().cooldownDays(), p.startRules().rules(), p.newsroom());
    }

    @PUT
    @Path("policy")
    public Policy savePolicy(Policy body) {
        StartRules rules = StartRules.defaults();
        if (body.startRules() != null) {
            for (var e : body.startRules().entrySet()) {
                rules = rules.with(e.getKey(), e.getValue());
            }
        }
        NewsroomRule newsroom = body.newsroomRule() == null ? policies.policy().newsroom() : body.newsroomRule();
        policies.savePolicy(new AgencyPolicy(new PressurePolicy(body.maxAttemptsPer7Days(), body.cooldownDays()), rules, newsroom));
        return policy();
    }

    @GET
    @Path("templates")
    public List<Template> templates() {
        return policies.templates().stream().map(t -> {
            SequencePlan p = t.plan();
            return new Template(t.id(), t.name(), p.days(), new CallWindows(p.slots()).toString(), (int) p.minGap().toMinutes(),
                    p.maxAttempts(), p.smsDay(), (int) p.smsLead().toMinutes(), p.cooldownDays(), t.smsText(),
                    t.escalateAfter());
        }).toList();
    }

    @POST
    @Path("templates")
    public Response create(Template body) {
        long id = policies.saveTemplate(null, body.name(), plan(body), body.smsText(), new Escalation(body.escalateAfter()));
        return Created.id(id);
    }

    @PUT
    @Path("templates/{id}")
    public Map<String, Long> update(@PathParam("id") long id, Template body) {
        return Map.of("id", policies.saveTemplate(id, body.name(), plan(body), body.smsText(), new Escalation(body.escalateAfter())));
    }

    @DELETE
    @Path("templates/{id}")
    public Response delete(@PathParam("id") long id) {
        policies.deleteTemplate(id);
        return Response.noContent().build();
    }

    static SequencePlan plan(Template t) {
        CallWindows.Parsed slots = CallWindows.parse(t.slots());
        if (slots.problem() != null || slots.windows() == null) {
            throw new Refused(List.of(new Problem("slots", "sequence.slots.invalid", String.valueOf(t.slots()))));
        }
        return new SequencePlan(t.days(), slots.windows().windows(), Duration.ofMinutes(t.minGapMinutes()), t.maxAttempts(),
                t.smsDay(), Duration.ofMinutes(t.smsLeadMinutes()), t.cooldownDays());
    }
}
