package io.relance.domain.mail;

/**
 * What an email of the outbox is: the release, the release sent again on request, the team's copy,
 * a meeting invitation, a quote or a proposal.
 */
public enum MailKind {
    RELEASE, RESEND, TEAM, MEETING, QUOTE, PROPOSAL
}
