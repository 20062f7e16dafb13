package io.entwine.server.config;

import io.entwine.core.notify.NotifySettings;
import io.entwine.server.mail.SmtpSettings;

/** How a node's admins get error digests: by e-mail through {@code smtp}, as often as {@code policy} allows. */
public record NotifyConfig(SmtpSettings smtp, NotifySettings policy) {
}
