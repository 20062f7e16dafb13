package io.entwine.connector.jira.adf;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Iterator;
import org.commonmark.node.Block;
import org.commonmark.node.Code;
import org.commonmark.node.HardLineBreak;
import org.commonmark.node.Node;
import org.commonmark.node.SoftLineBreak;
import org.commonmark.node.Text;

/**
 * The text of a subtree, gathered without recursion, with a line end between blocks and for breaks.
 * Used for content nested deeper than the converter follows, so that absurdly deep input degrades to
 * text instead of exhausting the stack. Stateless and thread-safe.
 */
final class PlainText {

    /** Container nesting (blocks, or inline marks) beyond which content is kept as plain text only. */
    static final int MAX_DEPTH = 40;

    private PlainText() {
    }

    static String of(Node root) {
        StringBuilder text = new StringBuilder();
        Deque<Node> pending = new ArrayDeque<>();
        pending.push(root);
        while (!pending.isEmpty()) {
            Node node = pending.pop();
            if (node instanceof Text literal) {
                text.append(literal.getLiteral());
            } else if (node instanceof Code code) {
                text.append(code.getLiteral());
            } else if (node instanceof SoftLineBreak || node instanceof HardLineBreak || node instanceof Block) {
                text.append('\n');
            }
            Deque<Node> children = new ArrayDeque<>();
            for (Node child = node.getFirstChild(); child != null; child = child.getNext()) {
                children.push(child);
            }
            children.forEach(pending::push);
        }
        return text.toString();
    }

    static String of(JsonNode root) {
        StringBuilder text = new StringBuilder();
        Deque<JsonNode> pending = new ArrayDeque<>();
        pending.push(root);
        while (!pending.isEmpty()) {
            JsonNode node = pending.pop();
            String type = Adf.type(node);
            if (node.path("text").isTextual()) {
                text.append(node.path("text").asText());
            } else if (type.equals("hardBreak") || !AdfInlineReader.INLINE_TYPES.contains(type)) {
                text.append('\n');
            }
            Deque<JsonNode> children = new ArrayDeque<>();
            for (Iterator<JsonNode> it = node.path("content").elements(); it.hasNext(); ) {
                children.push(it.next());
            }
            children.forEach(pending::push);
        }
        return text.toString();
    }
}
