package io.relance.infrastructure.persistence.preference;

import io.relance.application.preference.PreferenceMailStore;
import io.relance.application.signup.SignupNotices;
import io.relance.infrastructure.persistence.PlatformSql;
import io.relance.infrastructure.persistence.outbox.JpaOutboxStore;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.time.Instant;
import java.util.List;

/**
 * The platform's own outbox: the preferences page's links and the sign-up's answers belong to no
 * agency nor campaign, so they cannot sit in an agency's mail_outbox; they leave through the same
 * SMTP gateway. The address, the link and the agency id are blanked as soon as the email has left
 * (or been given up).
 */
@ApplicationScoped
public class JpaPreferenceMailStore implements PreferenceMailStore, SignupNotices {

    @Inject
    PlatformSql sql;

    @Override
    public void queue(String toEmail, String token, String language, Instant now) {
        sql.update("INSERT INTO preference_mail (to_email, link_token, language, status, due_at, created_at) "
                + "VALUES (?, ?, ?, 'PENDING', ?, ?)", toEmail, token, language, now, now);
    }

    @Override
    public void queue(String toEmail, Notice notice, String slug, String language, Instant now) {
        sql.update("INSERT INTO preference_mail (to_email, kind, arg, language, status, due_at, created_at) "
                + "VALUES (?, ?, ?, ?, 'PENDING', ?, ?)", toEmail, notice.name(), slug, language, now, now);
    }

    /** Claims due emails (another node skips them) and marks them as leaving, in the caller's transaction. */
    @Override
    public List<Due> claim(Instant now, int max, Instant lease) {
        List<Due> due = sql.query("SELECT id, to_email, link_token, language, tries, kind, arg FROM preference_mail "
                        + "WHERE status = 'PENDING' AND due_at <= ? ORDER BY due_at, id LIMIT " + max + " FOR UPDATE SKIP LOCKED",
                rs -> new Due(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4), rs.getInt(5), rs.getString(6),
                        rs.getString(7)), now);
        if (!due.isEmpty()) {
            List<Object> params = new java.util.ArrayList<>(List.of(lease));
            due.forEach(d -> params.add(d.id()));
            sql.update("UPDATE preference_mail SET status = 'SENDING', tries = tries + 1, lease_until = ? WHERE id IN ("
                    + PlatformSql.marks(due.size()) + ")", params.toArray());
        }
        return due;
    }

    @Override
    public boolean handing(long id, Instant lease) {
        return sql.update("UPDATE preference_mail SET lease_until = NULL WHERE id = ? AND status = 'SENDING' AND lease_until = ?",
                id, lease) == 1;
    }

    @Override
    public int releaseLapsed(Instant now) {
        return JpaOutboxStore.releaseLapsed(sql, "preference_mail", now);
    }

    @Override
    public void sent(long id, Instant now) {
        sql.update("UPDATE preference_mail SET status = 'SENT', sent_at = ?, to_email = NULL, link_token = NULL, arg = NULL, last_error = NULL "
                + "WHERE id = ?", now, id);
    }

    /** Tried again at {@code next}; null: given up (the link would have expired anyway). */
    @Override
    public void failed(long id, String error, Instant next) {
        String why = error == null ? "" : error;
        if (next == null) {
            sql.update("UPDATE preference_mail SET status = 'FAILED', to_email = NULL, link_token = NULL, arg = NULL, last_error = LEFT(?, 300) "
                    + "WHERE id = ?", why, id);
        } else {
            sql.update("UPDATE preference_mail SET status = 'PENDING', due_at = ?, last_error = LEFT(?, 300) WHERE id = ?", next, why, id);
        }
    }
}
