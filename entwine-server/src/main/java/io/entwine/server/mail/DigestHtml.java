package io.entwine.server.mail;

import io.entwine.core.notify.Digest;
import io.entwine.core.notify.DigestGroup;
import io.entwine.store.notification.DueError;

import static io.entwine.server.mail.DigestWording.*;

/** The HTML form of a digest mail: the same content as {@link DigestText}, a table per group. */
final class DigestHtml {
    private DigestHtml() {
    }

    static String of(Digest digest) {
        String url = digest.nodeUrl();
        StringBuilder out = new StringBuilder("<!DOCTYPE html><html><body style=\"font-family:sans-serif\">");
        out.append("<p>").append(escape(intro(digest))).append("</p>");
        for (DigestGroup group : digest.groups()) {
            out.append("<h3>").append(escape(groupTitle(group))).append("</h3>");
            out.append("<p>").append(escape(groupCounts(group))).append("<br>").append(escape(whatWaits(group.level()))).append("</p>");
            out.append("<table border=\"1\" cellpadding=\"4\" style=\"border-collapse:collapse\">")
                    .append("<tr><th>Error</th><th>Message</th><th>Twin</th><th>Script</th><th>Seen</th><th>What you can do</th></tr>");
            for (DueError error : group.examples()) {
                out.append("<tr><td>").append(escape(errorTitle(error)))
                        .append(error.eventId() == null ? "" : "<br>event " + error.eventId()).append("</td>")
                        .append("<td>").append(escape(error.message())).append("</td>")
                        .append("<td>").append(escape(twin(error))).append("</td>")
                        .append("<td>").append(escape(script(error))).append("</td>")
                        .append("<td>").append(escape(seen(error))).append("</td>")
                        .append("<td><code>").append(escape(retryCommand(url, error.id()))).append("</code><br><code>")
                        .append(escape(skipCommand(url, error.id()))).append("</code><br>or <code>")
                        .append(escape(retryRequest(url, error.id()))).append("</code> / <code>")
                        .append(escape(skipRequest(url, error.id()))).append("</code></td></tr>");
            }
            out.append("</table>");
            if (group.notShown() > 0) out.append("<p>").append(escape(notShown(group))).append("</p>");
        }
        out.append("<p>All open errors: <code>").append(escape(listCommand(url))).append("</code> or <code>")
                .append(escape(listRequest(url))).append("</code></p>");
        String limit = limitNote(digest);
        if (limit != null) out.append("<p>").append(escape(limit)).append("</p>");
        return out.append("</body></html>").toString();
    }

    static String escape(String text) {
        if (text == null) return "";
        StringBuilder out = new StringBuilder(text.length());
        for (char c : text.toCharArray()) {
            switch (c) {
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '&' -> out.append("&amp;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&#39;");
                default -> out.append(c);
            }
        }
        return out.toString();
    }
}
