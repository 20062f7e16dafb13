package io.entwine.connector.jira.adf;

import java.util.List;
import java.util.Objects;

/** Inline content of a paragraph, heading or table cell: marked text and line breaks. */
sealed interface Inline permits Inline.Text, Inline.Break {

    Break BREAK = new Break();

    /** A run of text; {@code marks} are kept in {@link Mark#canonical canonical} form. */
    record Text(String text, List<Mark> marks) implements Inline {
        public Text {
            Objects.requireNonNull(text, "text");
            marks = Mark.canonical(marks);
        }

        public Text(String text) {
            this(text, List.of());
        }

        boolean has(Mark.Type type) {
            for (Mark mark : marks) {
                if (mark.type() == type) {
                    return true;
                }
            }
            return false;
        }

        Mark link() {
            return marks.stream().filter(mark -> mark.type() == Mark.Type.LINK).findFirst().orElse(null);
        }
    }

    /** A hard line break (ADF {@code hardBreak}). */
    record Break() implements Inline {
    }
}
