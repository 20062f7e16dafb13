package io.entwine.server.mail;

import io.entwine.api.errors.ConfigException;
import jakarta.mail.internet.AddressException;
import jakarta.mail.internet.InternetAddress;

import java.time.Duration;
import java.util.List;
import java.util.Objects;

/**
 * Where and how error digests are mailed: the SMTP server ({@code host}, {@code port}), its login ({@code user} and
 * {@code password}, both null for a server without authentication), whether to require STARTTLS, the sender and
 * the recipients, and how long a connection or a read may take before the send fails. Addresses are checked when
 * built; {@link #toString()} hides the password.
 */
public record SmtpSettings(String host, int port, String user, String password, boolean startTls, String from,
                           List<String> to, Duration timeout) {

    public static final Duration DEFAULT_TIMEOUT = Duration.ofSeconds(30);

    public SmtpSettings {
        if (host == null || host.isBlank()) throw new ConfigException("notify.smtp.host is required to send e-mail");
        if (port < 1 || port > 65_535) throw new ConfigException("notify.smtp.port must be 1-65535, got " + port);
        if (user != null && password == null) throw new ConfigException("notify.smtp.password is required with notify.smtp.user");
        address("notify.from", from);
        to = List.copyOf(to);
        if (to.isEmpty()) throw new ConfigException("notify.to needs at least one address to send error digests to");
        for (String recipient : to) address("notify.to", recipient);
        Objects.requireNonNull(timeout, "timeout");
    }

    private static void address(String key, String value) {
        if (value == null || value.isBlank()) throw new ConfigException(key + " is required to send e-mail");
        try {
            new InternetAddress(value, true);
        } catch (AddressException e) {
            throw new ConfigException(key + ": '" + value + "' is not an e-mail address (" + e.getMessage() + ")");
        }
    }

    @Override
    public String toString() {
        return "SmtpSettings[" + host + ":" + port + (user == null ? "" : ", user " + user) + (startTls ? ", STARTTLS" : "")
                + ", from " + from + ", to " + to + "]";
    }
}
