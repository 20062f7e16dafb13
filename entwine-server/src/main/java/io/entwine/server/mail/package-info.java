/**
 * E-mail to admins: {@link io.entwine.server.mail.SmtpNotifier} delivers the error digests of
 * {@code io.entwine.core.notify} over SMTP (Jakarta Mail with Eclipse Angus Mail) as plain text with an HTML
 * alternative, worded by {@link io.entwine.server.mail.DigestText} and {@link io.entwine.server.mail.DigestHtml}.
 */
package io.entwine.server.mail;
