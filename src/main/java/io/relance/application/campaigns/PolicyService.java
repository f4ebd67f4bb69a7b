package io.relance.application.campaigns;

import io.relance.application.common.AppClock;
import io.relance.application.common.NotFoundException;
import io.relance.application.common.Refused;
import io.relance.domain.campaign.SequenceTemplate;
import io.relance.domain.contact.Problem;
import io.relance.domain.sequence.AgencyPolicy;
import io.relance.domain.sequence.Escalation;
import io.relance.domain.sequence.PeriodicityTiming;
import io.relance.domain.sequence.SequencePlan;
import io.relance.domain.sms.SmsTemplate;
import io.relance.domain.staff.Role;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;

/**
 * The agency's sequence templates and its policy (contact pressure, start rules): chefs de projet
 * read them to choose; only the directeur changes them, and every change is validated first.
 */
@Stateless
@RolesAllowed({Role.CHEF_DE_PROJET_NAME, Role.DIRECTEUR_NAME})
public class PolicyService {

    /** A template as listed: its id (null: the preset PRM 3×3) and its rules. */
    public record Template(Long id, String name, SequencePlan plan, String smsText, Integer escalateAfter) implements Serializable {
    }

    public static final String PRESET_NAME = "PRM 3×3";

    @Inject
    AppClock clock;

    @Inject
    CampaignRepository campaigns;

    public AgencyPolicy policy() {
        return campaigns.policy();
    }

    @RolesAllowed(Role.DIRECTEUR_NAME)
    public void savePolicy(AgencyPolicy policy) {
        List<Problem> problems = policy.pressure().problems();
        if (!problems.isEmpty()) {
            throw new Refused(problems);
        }
        campaigns.savePolicy(policy);
    }

    /** Each medium's call hours and lead, and the working hours (issue 19): the defaults until the directeur changes them. */
    public PeriodicityTiming timing() {
        return campaigns.timing();
    }

    /** Validated first (hours within 07:00–21:00, in order, leads bounded); applies to the next launch or resumption. */
    @RolesAllowed(Role.DIRECTEUR_NAME)
    public void saveTiming(PeriodicityTiming timing) {
        List<Problem> problems = timing.problems();
        if (!problems.isEmpty()) {
            throw new Refused(problems);
        }
        campaigns.saveTiming(timing);
    }

    /** The preset first (with the agency's cooldown), then the agency's own templates by name. */
    public List<Template> templates() {
        List<Template> list = new ArrayList<>();
        list.add(new Template(null, PRESET_NAME, SequencePlan.PRM_3X3.withCooldown(policy().pressure().cooldownDays()),
                SmsTemplate.DEFAULT.text(), null));
        campaigns.templates()
                .forEach(t -> list.add(new Template(t.getId(), t.getName(), t.plan(),
                        t.getSmsTemplate() == null ? SmsTemplate.DEFAULT.text() : t.getSmsTemplate(),
                        t.escalation().afterUnanswered())));
        return list;
    }

    @RolesAllowed(Role.DIRECTEUR_NAME)
    public long saveTemplate(Long id, String name, SequencePlan plan, String smsText, Escalation escalation) {
        List<Problem> problems = new ArrayList<>(plan.problems());
        problems.addAll(escalation.problems(plan.maxAttempts()));
        if (smsText != null && !smsText.isBlank()) {
            new SmsTemplate(smsText).problems().forEach(p -> problems.add(new Problem("smsText", p.key(), p.value())));
        }
        String clean = name == null ? "" : name.strip();
        if (clean.isEmpty() || clean.length() > 80) {
            problems.add(new Problem("name", "template.name.required", clean));
        } else if (clean.equalsIgnoreCase(PRESET_NAME) || campaigns.templateNameTaken(clean, id)) {
            problems.add(new Problem("name", "template.name.taken", clean));
        }
        if (!problems.isEmpty()) {
            throw new Refused(problems);
        }
        if (id == null) {
            SequenceTemplate t = new SequenceTemplate(clean, plan, clock.now());
            t.writeSms(sameAsDefault(smsText) ? null : smsText);
            t.escalate(escalation);
            campaigns.addTemplate(t);
            return t.getId();
        }
        SequenceTemplate t = load(id);
        t.change(clean, plan); // running sequences keep the rules they were planned with
        t.writeSms(sameAsDefault(smsText) ? null : smsText);
        t.escalate(escalation);
        return id;
    }

    @RolesAllowed(Role.DIRECTEUR_NAME)
    public void deleteTemplate(long id) {
        SequenceTemplate t = load(id);
        long used = campaigns.campaignsUsing(id);
        if (used > 0) {
            throw new Refused(List.of(new Problem("template", "template.inUse", String.valueOf(used))));
        }
        campaigns.deleteTemplate(t);
    }

    private static boolean sameAsDefault(String text) {
        return text == null || text.strip().equals(SmsTemplate.DEFAULT.text());
    }

    private SequenceTemplate load(long id) {
        return campaigns.template(id).orElseThrow(() -> new NotFoundException("Template " + id));
    }
}
