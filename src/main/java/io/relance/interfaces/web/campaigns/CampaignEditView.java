package io.relance.interfaces.web.campaigns;

import io.relance.application.campaigns.CampaignService;
import io.relance.application.campaigns.ClientRow;
import io.relance.application.campaigns.PolicyService;
import io.relance.application.campaigns.SplitService;
import io.relance.application.common.NotFoundException;
import io.relance.application.common.Refused;
import io.relance.domain.campaign.CampaignDraft;
import io.relance.domain.campaign.CampaignKind;
import io.relance.domain.campaign.CampaignStatus;
import io.relance.interfaces.web.session.Messages;
import io.relance.interfaces.web.session.Pages;
import io.relance.interfaces.web.session.Refusals;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.io.IOException;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;

/** Creates or changes a campaign; once launched, only the key message and the script change. */
@Named
@ViewScoped
public class CampaignEditView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    CampaignService campaigns;

    @Inject
    PolicyService policies;

    /** The campaign's topics ("thématiques"), which the targeting score matches against beats and topics. */
    @Inject
    SplitService split;

    private String topics;

    private Long id;
    private boolean loaded;
    private CampaignStatus status = CampaignStatus.DRAFT;
    private Long clientId;
    private String newClient;
    private CampaignKind kind = CampaignKind.PRESS_RELEASE;
    private String subject;
    private String keyMessage;
    private String callScript;
    private LocalDate sendDate = LocalDate.now();
    private LocalDate eventDate;
    private LocalDate registrationDeadline;
    private LocalDate followupStart;
    private Long templateId;
    private List<ClientRow> clients;
    private List<PolicyService.Template> templates;

    public void load() {
        if (loaded) {
            return;
        }
        loaded = true;
        clients = campaigns.clients();
        templates = policies.templates();
        if (id == null) {
            clientId = clients.isEmpty() ? null : clients.get(0).id();
            return;
        }
        try {
            CampaignService.Summary s = campaigns.summary(id);
            CampaignDraft d = s.draft();
            status = s.status();
            clientId = d.clientId();
            kind = d.kind();
            subject = d.subject();
            keyMessage = d.keyMessage();
            callScript = d.callScript();
            sendDate = d.sendDate();
            eventDate = d.eventDate();
            registrationDeadline = d.registrationDeadline();
            followupStart = d.followupStart();
            templateId = d.templateId();
            topics = split.topics(id);
        } catch (NotFoundException e) {
            Pages.notFound();
        }
    }

    public void addClient() {
        try {
            clientId = campaigns.createClient(newClient);
            clients = campaigns.clients();
            newClient = null;
        } catch (Refused e) {
            Refusals.show(e, field -> "campaign:newClient"); // the client is created from that one field
        }
    }

    public void save() throws IOException {
        CampaignDraft draft = new CampaignDraft(clientId, kind, subject, keyMessage, callScript, sendDate, eventDate,
                registrationDeadline, followupStart, templateId);
        try {
            long saved = id == null ? campaigns.create(draft) : update(draft);
            split.topics(saved, topics);
            FacesContext faces = FacesContext.getCurrentInstance();
            faces.getExternalContext().getFlash().setKeepMessages(true);
            Messages.info("campaign.saved");
            faces.getExternalContext().redirect(faces.getExternalContext().getRequestContextPath()
                    + "/app/campagnes/campaign.xhtml?id=" + saved);
        } catch (Refused e) {
            Refusals.show(e, "campaign");
        }
    }

    private long update(CampaignDraft draft) {
        campaigns.update(id, draft);
        return id;
    }

    public String getTopics() { return topics; }
    public void setTopics(String topics) { this.topics = topics; }
    public boolean isDraft() { return status == CampaignStatus.DRAFT; }
    public CampaignKind[] getKinds() { return CampaignKind.values(); }
    public List<ClientRow> getClients() { return clients; }
    public List<PolicyService.Template> getTemplates() { return templates; }
    public Long getId() { return id; }
    public void setId(Long id) { this.id = id; }
    public Long getClientId() { return clientId; }
    public void setClientId(Long clientId) { this.clientId = clientId; }
    public String getNewClient() { return newClient; }
    public void setNewClient(String newClient) { this.newClient = newClient; }
    public CampaignKind getKind() { return kind; }
    public void setKind(CampaignKind kind) { this.kind = kind; }
    public String getSubject() { return subject; }
    public void setSubject(String subject) { this.subject = subject; }
    public String getKeyMessage() { return keyMessage; }
    public void setKeyMessage(String keyMessage) { this.keyMessage = keyMessage; }
    public String getCallScript() { return callScript; }
    public void setCallScript(String callScript) { this.callScript = callScript; }
    public LocalDate getSendDate() { return sendDate; }
    public void setSendDate(LocalDate sendDate) { this.sendDate = sendDate; }
    public LocalDate getEventDate() { return eventDate; }
    public void setEventDate(LocalDate eventDate) { this.eventDate = eventDate; }
    public LocalDate getRegistrationDeadline() { return registrationDeadline; }
    public void setRegistrationDeadline(LocalDate d) { this.registrationDeadline = d; }
    public LocalDate getFollowupStart() { return followupStart; }
    public void setFollowupStart(LocalDate followupStart) { this.followupStart = followupStart; }
    public Long getTemplateId() { return templateId; }
    public void setTemplateId(Long templateId) { this.templateId = templateId; }
}
