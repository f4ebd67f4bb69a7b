package io.relance.domain.campaign;

import io.relance.domain.tenant.AuthoredRecord;
import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;

/** A press release, an event invitation or an offer, for a client, whose contacts are followed up. */
@Entity
@Table(name = "campaign")
public class Campaign extends AuthoredRecord {

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "client_id")
    private Client client;

    @Column(name = "template_id")
    private Long templateId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private CampaignKind kind;

    @Column(nullable = false, length = 200)
    private String subject;

    @Column(name = "key_message", length = 2000)
    private String keyMessage;

    @Column(name = "call_script", length = 4000)
    private String callScript;

    @Column(name = "send_date", nullable = false)
    private LocalDate sendDate;

    @Column(name = "event_date")
    private LocalDate eventDate;

    @Column(name = "registration_deadline")
    private LocalDate registrationDeadline;

    @Column(name = "followup_start")
    private LocalDate followupStart;

    @Column(name = "sms_template", length = 800)
    private String smsTemplate;

    @Column(name = "email_subject", length = 200)
    private String emailSubject;

    @Column(name = "email_body", columnDefinition = "TEXT")
    private String emailBody;

    @Column(name = "email_at_launch", nullable = false)
    private boolean emailAtLaunch;

    /** The topics a journalist's beat and topics are matched against (comma-separated, as contacts' topics). */
    @Column(length = 500)
    private String topics;

    /** The time of day the release leaves on the send date, in each recipient's own zone. */
    @Column(name = "send_time", nullable = false)
    private LocalTime sendTime = LocalTime.of(9, 0);

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 10)
    private CampaignStatus status = CampaignStatus.DRAFT;

    @Column(name = "launched_at")
    private Instant launchedAt;

    /** The last pause, resume and the stop: when, who (an email), why (V20). */
    @Embedded
    private Stamp paused;

    @Embedded
    private Stamp resumed;

    @Embedded
    private Stamp stopped;

    protected Campaign() {
    }

    public Campaign(Client client, CampaignKind kind, String subject, LocalDate sendDate, String createdBy, Instant createdAt) {
        super(createdBy, createdAt);
        this.client = client;
        this.kind = kind;
        this.subject = subject;
        this.sendDate = sendDate;
    }

    public void describe(String keyMessage, String callScript, LocalDate eventDate, LocalDate registrationDeadline,
                         LocalDate followupStart) {
        this.keyMessage = keyMessage;
        this.callScript = callScript;
        this.eventDate = eventDate;
        this.registrationDeadline = registrationDeadline;
        this.followupStart = followupStart;
    }

    /** A draft takes every value; once launched, only what callers read (key message, script) changes. */
    public void apply(CampaignDraft d, Client client) {
        this.keyMessage = blankToNull(d.keyMessage());
        this.callScript = blankToNull(d.callScript());
        if (status != CampaignStatus.DRAFT) {
            return;
        }
        this.client = client;
        this.kind = d.kind();
        this.subject = d.subject().strip();
        this.sendDate = d.sendDate();
        this.eventDate = d.eventDate();
        this.registrationDeadline = d.registrationDeadline();
        this.followupStart = d.followupStart();
        this.templateId = d.templateId();
    }

    public void end() {
        status = CampaignStatus.DONE;
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

    /**
     * Pauses, resumes or stops the campaign, keeping who, when and why; refused (an
     * IllegalStateException with the refusal's key) when {@link Halt#refusal(CampaignStatus)} says so.
     */
    public void halt(Halt action, Instant at, String who, String why) {
        String refusal = action.refusal(status);
        if (refusal != null) {
            throw new IllegalStateException(refusal);
        }
        switch (action) {
            case PAUSE -> {
                status = CampaignStatus.PAUSED;
                paused = new Stamp(at, who, why);
            }
            case RESUME -> {
                status = CampaignStatus.RUNNING;
                resumed = new Stamp(at, who, why);
            }
            case STOP -> {
                status = CampaignStatus.STOPPED;
                stopped = new Stamp(at, who, why);
            }
        }
    }

    public void launch(Instant at) {
        status = CampaignStatus.RUNNING;
        launchedAt = at;
    }

    public Client getClient() { return client; }
    public Long getTemplateId() { return templateId; }
    public void useTemplate(Long templateId) { this.templateId = templateId; }
    public CampaignKind getKind() { return kind; }
    public String getSubject() { return subject; }
    public String getKeyMessage() { return keyMessage; }
    public String getCallScript() { return callScript; }
    public LocalDate getSendDate() { return sendDate; }
    public LocalDate getEventDate() { return eventDate; }
    public LocalDate getRegistrationDeadline() { return registrationDeadline; }
    public LocalDate getFollowupStart() { return followupStart; }
    public CampaignStatus getStatus() { return status; }
    public Instant getLaunchedAt() { return launchedAt; }
    /** The last pause (paused_at, paused_by, paused_reason); {@link Stamp#NONE} if never paused. */
    public Stamp paused() { return Stamp.orNone(paused); }
    public Stamp resumed() { return Stamp.orNone(resumed); }
    public Stamp stopped() { return Stamp.orNone(stopped); }
    public String getSmsTemplate() { return smsTemplate; }
    /** The anchor SMS's text (null: the default); it applies to the SMS not sent yet. */
    public void writeSms(String template) { this.smsTemplate = template == null || template.isBlank() ? null : template.strip(); }
    public String getEmailSubject() { return emailSubject; }
    public String getEmailBody() { return emailBody; }
    public boolean isEmailAtLaunch() { return emailAtLaunch; }
    public String getTopics() { return topics; }
    public void setTopics(String topics) { this.topics = blankToNull(topics); }
    public LocalTime getSendTime() { return sendTime; }
    public void setSendTime(LocalTime sendTime) { this.sendTime = sendTime == null ? LocalTime.of(9, 0) : sendTime; }

    /**
     * The release leaves on another day or at another time (checked by the caller: before it has
     * left, not after calls already planned); the date is the campaign's send date everywhere.
     */
    public void moveSend(LocalDate date, LocalTime time) {
        this.sendDate = date;
        setSendTime(time);
    }

    /** The release by email (validated by the caller); it applies to the emails not written yet. */
    public void writeEmail(String subject, String body, boolean atLaunch) {
        this.emailSubject = blankToNull(subject);
        this.emailBody = body == null || body.isBlank() ? null : body.strip();
        this.emailAtLaunch = atLaunch;
    }
}
