package io.relance.interfaces.web.campaigns;

import io.relance.application.campaigns.PolicyService;
import io.relance.application.common.Refused;
import io.relance.domain.contact.CallWindows;
import io.relance.domain.contact.Periodicity;
import io.relance.domain.contact.Problem;
import io.relance.domain.sequence.AgencyPolicy;
import io.relance.domain.sequence.NewsroomRule;
import io.relance.domain.sequence.PressurePolicy;
import io.relance.domain.sequence.SequencePlan;
import io.relance.domain.sequence.StartRule;
import io.relance.domain.sequence.StartRules;
import io.relance.interfaces.web.session.Messages;
import io.relance.interfaces.web.session.Refusals;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.primefaces.PrimeFaces;

import java.io.Serializable;
import java.time.Duration;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/** The directeur's rules: contact pressure, the start rule of each periodicity, and the sequence templates. */
@Named
@ViewScoped
public class SequencesView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    PolicyService policies;

    private int cap;
    private int cooldown;
    /** Each periodicity's rule by name: a map entry has no declared type for the menu to convert to. */
    private final Map<Periodicity, String> rules = new EnumMap<>(Periodicity.class);
    private List<PolicyService.Template> templates;

    // the template being edited (id null: a new one)
    private NewsroomRule newsroom = NewsroomRule.CLOSE;
    private Long templateId;
    private String name;
    private int days;
    private String slots;
    private int gap;
    private int maxAttempts;
    private int smsDay;
    private int smsLead;
    private int templateCooldown;
    private String smsText;
    /** Unanswered attempts before a chef de projet takes over; null: no escalation. */
    private Integer escalateAfter;

    public void load() {
        if (templates != null) {
            return;
        }
        AgencyPolicy p = policies.policy();
        cap = p.pressure().maxAttemptsPer7Days();
        cooldown = p.pressure().cooldownDays();
        newsroom = p.newsroom();
        for (Periodicity periodicity : Periodicity.values()) {
            rules.put(periodicity, p.startRules().of(periodicity).name());
        }
        templates = policies.templates();
    }

    public void savePolicy() {
        StartRules startRules = StartRules.defaults();
        for (var e : rules.entrySet()) {
            startRules = startRules.with(e.getKey(), StartRule.valueOf(e.getValue()));
        }
        try {
            policies.savePolicy(new AgencyPolicy(new PressurePolicy(cap, cooldown), startRules, newsroom));
            templates = policies.templates();
            Messages.info("policy.saved");
        } catch (Refused e) {
            Refusals.show(e, field -> "maxAttemptsPer7Days".equals(field) ? "policy:cap" : "policy:cooldown");
        }
    }

    public void edit(PolicyService.Template t) {
        SequencePlan p = t == null ? SequencePlan.PRM_3X3.withCooldown(cooldown) : t.plan();
        templateId = t == null ? null : t.id();
        name = t == null ? "" : t.name();
        days = p.days();
        slots = new CallWindows(p.slots()).toString();
        gap = (int) p.minGap().toMinutes();
        maxAttempts = p.maxAttempts();
        smsDay = p.smsDay();
        smsLead = (int) p.smsLead().toMinutes();
        templateCooldown = p.cooldownDays();
        smsText = t == null ? io.relance.domain.sms.SmsTemplate.DEFAULT.text() : t.smsText();
        escalateAfter = t == null ? null : t.escalateAfter();
    }

    public void saveTemplate() {
        CallWindows.Parsed parsed = CallWindows.parse(slots);
        if (parsed.problem() != null || parsed.windows() == null) {
            Messages.error("template:slots", "sequence.slots.invalid");
            return;
        }
        SequencePlan plan = new SequencePlan(days, parsed.windows().windows(), Duration.ofMinutes(gap), maxAttempts, smsDay,
                Duration.ofMinutes(smsLead), templateCooldown);
        try {
            policies.saveTemplate(templateId, name, plan, smsText, new io.relance.domain.sequence.Escalation(escalateAfter));
            templates = policies.templates();
            Messages.info("template.saved", name);
            PrimeFaces.current().executeScript("PF('templateDialog').hide()");
        } catch (Refused e) {
            Refusals.show(e, "template");
        }
    }

    public void delete(PolicyService.Template t) {
        try {
            policies.deleteTemplate(t.id());
            templates = policies.templates();
            Messages.info("template.deleted", t.name());
        } catch (Refused e) {
            Refusals.show(e, "template"); // "used by {0} campaigns"
        }
    }

    public Periodicity[] getPeriodicities() { return Periodicity.values(); }
    public StartRule[] getStartRules() { return StartRule.values(); }
    public Map<Periodicity, String> getRules() { return rules; }
    public List<PolicyService.Template> getTemplates() { return templates; }
    public int getCap() { return cap; }
    public void setCap(int cap) { this.cap = cap; }
    public int getCooldown() { return cooldown; }
    public void setCooldown(int cooldown) { this.cooldown = cooldown; }
    public Long getTemplateId() { return templateId; }
    public String getName() { return name; }
    public void setName(String name) { this.name = name; }
    public int getDays() { return days; }
    public void setDays(int days) { this.days = days; }
    public String getSlots() { return slots; }
    public void setSlots(String slots) { this.slots = slots; }
    public int getGap() { return gap; }
    public void setGap(int gap) { this.gap = gap; }
    public Integer getEscalateAfter() { return escalateAfter; }
    public void setEscalateAfter(Integer escalateAfter) { this.escalateAfter = escalateAfter; }
    public int getMaxAttempts() { return maxAttempts; }
    public void setMaxAttempts(int maxAttempts) { this.maxAttempts = maxAttempts; }
    public int getSmsDay() { return smsDay; }
    public void setSmsDay(int smsDay) { this.smsDay = smsDay; }
    public int getSmsLead() { return smsLead; }
    public void setSmsLead(int smsLead) { this.smsLead = smsLead; }
    public String getSmsText() { return smsText; }
    public void setSmsText(String smsText) { this.smsText = smsText; }
    public int getTemplateCooldown() { return templateCooldown; }
    public void setTemplateCooldown(int templateCooldown) { this.templateCooldown = templateCooldown; }

    public NewsroomRule getNewsroom() { return newsroom; }
    public void setNewsroom(NewsroomRule newsroom) { this.newsroom = newsroom; }
    public NewsroomRule[] getNewsroomRules() { return NewsroomRule.values(); }
}
