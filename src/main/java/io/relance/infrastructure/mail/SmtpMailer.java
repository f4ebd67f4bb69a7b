package io.relance.infrastructure.mail;

import io.relance.application.mail.MailGateway;
import io.relance.application.mail.Outgoing;
import io.relance.application.outbox.SendFailed;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.mail.MessagingException;
import jakarta.mail.SendFailedException;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.AddressException;
import jakarta.mail.internet.MimeMessage;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Sends through the server's mail session. The SMTP host, port and STARTTLS are the session's
 * (wildfly-config/relance.cli, from SMTP_HOST, SMTP_PORT, SMTP_TLS); the credentials are given at
 * connect time and only when set, so that an empty username never turns authentication on.
 */
@ApplicationScoped
public class SmtpMailer implements MailGateway {

    private static final Pattern REPLY_CODE = Pattern.compile("^\\s*([45])\\d\\d\\b");

    @Resource(lookup = "java:jboss/mail/relance")
    Session session;

    @Inject
    @ConfigProperty(name = "SMTP_HOST") // empty is absent for MicroProfile Config
    Optional<String> host;

    @Inject
    @ConfigProperty(name = "SMTP_USER") // empty is absent for MicroProfile Config
    Optional<String> user;

    @Inject
    @ConfigProperty(name = "SMTP_PASSWORD") // empty is absent for MicroProfile Config
    Optional<String> password;

    @Inject
    @ConfigProperty(name = "SMTP_FROM", defaultValue = "relance@localhost")
    String from;

    @Inject
    @ConfigProperty(name = "relance.public-url", defaultValue = "http://localhost:8080")
    String publicUrl;

    @Override
    public boolean configured() {
        return host.filter(h -> !h.isBlank()).isPresent();
    }

    @Override
    public void send(Outgoing m) throws SendFailed {
        MimeMessage message;
        try {
            message = MailComposer.compose(session, m, from, publicUrl);
        } catch (AddressException e) {
            throw new SendFailed("invalid address: " + e.getMessage(), true, false, e);
        } catch (MessagingException e) {
            throw new SendFailed(e.getMessage(), true, false, e);
        }
        try (Transport transport = session.getTransport("smtp")) {
            String login = user.filter(u -> !u.isBlank()).orElse(null);
            if (login == null) {
                transport.connect();
            } else {
                transport.connect(login, password.orElse(""));
            }
            transport.sendMessage(message, message.getAllRecipients());
        } catch (MessagingException e) {
            throw classify(e);
        }
    }

    /**
     * Permanent: the server refused the address or answered 5xx. Anything else (no connection, a
     * timeout, a 4xx "try later") is worth another try.
     */
    static SendFailed classify(MessagingException e) {
        String text = describe(e);
        boolean permanent = false;
        boolean unreachable = false;
        for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof java.net.ConnectException || t instanceof java.net.UnknownHostException
                    || t instanceof java.net.SocketTimeoutException) {
                unreachable = true;
            }
            if (t instanceof SendFailedException sf && sf.getInvalidAddresses() != null && sf.getInvalidAddresses().length > 0
                    && code(sf) != '4') {
                permanent = true;
            }
            if (t instanceof MessagingException me && code(me) == '5') {
                permanent = true;
            }
            if (t instanceof MessagingException me && me.getNextException() != null && code(me.getNextException()) == '5') {
                permanent = true;
            }
        }
        return new SendFailed(text, permanent, unreachable && !permanent, e);
    }

    private static char code(Exception e) {
        Matcher m = REPLY_CODE.matcher(String.valueOf(e.getMessage()));
        return m.find() ? m.group(1).charAt(0) : ' ';
    }

    private static String describe(MessagingException e) {
        StringBuilder s = new StringBuilder(String.valueOf(e.getMessage()).strip());
        Exception next = e.getNextException();
        if (next != null && next.getMessage() != null) {
            s.append(" (").append(next.getMessage().strip()).append(')');
        } else if (e.getCause() != null && e.getCause() != next) {
            s.append(" (").append(e.getCause()).append(')');
        }
        return s.toString();
    }
}
