package io.entwine.server.mail;

import io.entwine.core.notify.Digest;
import io.entwine.core.notify.DigestGroup;
import io.entwine.store.notification.DueError;

import static io.entwine.server.mail.DigestWording.*;

/** The plain-text form of a digest mail. */
final class DigestText {
    private DigestText() {
    }

    static String of(Digest digest) {
        String url = digest.nodeUrl();
        StringBuilder out = new StringBuilder();
        out.append(intro(digest)).append("\n");
        for (DigestGroup group : digest.groups()) {
            out.append("\n== ").append(groupTitle(group)).append(": ").append(groupCounts(group)).append("\n");
            out.append(whatWaits(group.level())).append("\n");
            for (DueError error : group.examples()) {
                out.append("\n  ").append(errorTitle(error)).append(": ").append(error.message()).append("\n");
                line(out, "twin", twin(error));
                line(out, "event", error.eventId() == null ? null : error.eventId().toString());
                line(out, "script", script(error));
                line(out, "seen", seen(error));
                line(out, "retry", retryCommand(url, error.id()) + "   or   " + retryRequest(url, error.id()));
                line(out, "skip", skipCommand(url, error.id()) + "   or   " + skipRequest(url, error.id()));
            }
            if (group.notShown() > 0) out.append("\n  ").append(notShown(group)).append("\n");
        }
        out.append("\nAll open errors: ").append(listCommand(url)).append("   or   ").append(listRequest(url)).append("\n");
        String limit = limitNote(digest);
        if (limit != null) out.append(limit).append("\n");
        return out.toString();
    }

    private static void line(StringBuilder out, String label, String value) {
        if (value != null) out.append("    ").append(label).append(": ").append(value).append("\n");
    }
}
