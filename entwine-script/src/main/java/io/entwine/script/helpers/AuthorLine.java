package io.entwine.script.helpers;

import io.entwine.api.replica.HubUser;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The default attribution of a mirrored comment: a first line naming the remote author, then a blank line,
 * then the remote text:
 * <pre>
 * **Alice Example** commented:
 *
 * the original text
 * </pre>
 * A mirror thus shows who wrote it, and {@link #strip(String)} recovers the original text when an edit of a
 * mirror flows back to the original, so bodies never grow a prefix per round trip.
 */
public final class AuthorLine {
    private static final Pattern LINE = Pattern.compile("\\A\\*\\*[^\\r\\n]+?\\*\\* commented:\\r?\\n\\r?\\n");

    private AuthorLine() {
    }

    /** {@code body} with the author line of {@code author} in front (a missing body counts as empty). */
    public static String add(HubUser author, String body) {
        String name = author == null || author.label() == null ? "Unknown user" : author.label();
        return "**" + name + "** commented:\n\n" + (body == null ? "" : body);
    }

    /** True when the body starts with an author line. */
    public static boolean startsWithOne(String body) {
        return body != null && LINE.matcher(body).find();
    }

    /** The body without its leading author line (unchanged when it has none). */
    public static String strip(String body) {
        if (body == null) return null;
        Matcher m = LINE.matcher(body);
        return m.find() ? body.substring(m.end()) : body;
    }

    /**
     * True when the local comment is the original of the incoming one: the local body has no author line
     * while the incoming one has, i.e. the incoming comment is the other side's mirror of ours.
     */
    static boolean localIsOriginal(String localBody, String incomingBody) {
        return !startsWithOne(localBody) && startsWithOne(incomingBody);
    }

    /** The body the default formatting gives the local comment for this incoming body (local null: a new one). */
    static String defaultBody(HubUser author, String incomingBody, String localBody) {
        if (localBody != null && localIsOriginal(localBody, incomingBody)) return strip(incomingBody);
        return add(author, incomingBody);
    }
}
