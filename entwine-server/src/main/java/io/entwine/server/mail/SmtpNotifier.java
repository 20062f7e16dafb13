package io.entwine.server.mail;

import io.entwine.api.errors.RetriableSyncException;
import io.entwine.core.notify.Digest;
import io.entwine.core.notify.Notifier;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeBodyPart;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;

import java.nio.charset.StandardCharsets;
import java.util.Date;
import java.util.Properties;

/**
 * Mails each digest to the admins over SMTP (Jakarta Mail, Eclipse Angus Mail): one message to every recipient,
 * plain text with an HTML alternative. With STARTTLS configured the connection must be upgraded or nothing is sent,
 * so credentials never cross the network in clear. Thread-safe; {@link #send} blocks for at most about the
 * configured timeout per network step.
 */
public final class SmtpNotifier implements Notifier {
    private final SmtpSettings settings;
    private final Session session;

    public SmtpNotifier(SmtpSettings settings) {
        this.settings = settings;
        this.session = Session.getInstance(properties(settings));
    }

    /**
     * @throws RetriableSyncException when the server cannot be reached or refuses the message; the digest's errors
     *         stay due and go into the next digest
     */
    @Override
    public void send(Digest digest) {
        try {
            MimeMessage message = new MimeMessage(session);
            message.setFrom(new InternetAddress(settings.from()));
            for (String to : settings.to()) message.addRecipient(Message.RecipientType.TO, new InternetAddress(to));
            message.setSubject(DigestWording.subject(digest), StandardCharsets.UTF_8.name());
            message.setSentDate(Date.from(digest.createdAt()));
            MimeBodyPart text = new MimeBodyPart();
            text.setText(DigestText.of(digest), StandardCharsets.UTF_8.name(), "plain");
            MimeBodyPart html = new MimeBodyPart();
            html.setText(DigestHtml.of(digest), StandardCharsets.UTF_8.name(), "html");
            message.setContent(new MimeMultipart("alternative", text, html));
            if (settings.user() == null) {
                Transport.send(message);
            } else {
                Transport.send(message, settings.user(), settings.password());
            }
        } catch (MessagingException e) {
            throw new RetriableSyncException("mailing the error digest to " + settings.to() + " through " + settings.host() + ":"
                    + settings.port() + " failed: " + e.getMessage(), e);
        }
    }

    private static Properties properties(SmtpSettings settings) {
        Properties p = new Properties();
        String timeout = String.valueOf(settings.timeout().toMillis());
        p.setProperty("mail.transport.protocol", "smtp");
        p.setProperty("mail.smtp.host", settings.host());
        p.setProperty("mail.smtp.port", String.valueOf(settings.port()));
        p.setProperty("mail.smtp.auth", String.valueOf(settings.user() != null));
        p.setProperty("mail.smtp.starttls.enable", String.valueOf(settings.startTls()));
        p.setProperty("mail.smtp.starttls.required", String.valueOf(settings.startTls()));
        p.setProperty("mail.smtp.connectiontimeout", timeout);
        p.setProperty("mail.smtp.timeout", timeout);
        p.setProperty("mail.smtp.writetimeout", timeout);
        return p;
    }

    @Override
    public String toString() {
        return "SmtpNotifier[" + settings + "]";
    }
}
