package io.entwine.connector.jira.adf;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * A text mark both formats can express. Marks only ADF has (underline, textColor, subsup...) are
 * dropped when reading, so they never reach this type.
 *
 * @param type  the kind of mark
 * @param href  the link target, only for {@link Type#LINK}
 * @param title the link title or null, only for {@link Type#LINK}
 */
record Mark(Type type, String href, String title) {

    /** Declaration order is the canonical order of marks on an ADF text node. */
    enum Type { LINK, EM, STRONG, STRIKE, CODE }

    static final Mark EM = new Mark(Type.EM, null, null);
    static final Mark STRONG = new Mark(Type.STRONG, null, null);
    static final Mark STRIKE = new Mark(Type.STRIKE, null, null);
    static final Mark CODE = new Mark(Type.CODE, null, null);

    static Mark link(String href, String title) {
        String cleanTitle = title == null ? null : title.replaceAll("[\\r\\n]+", " ");
        return new Mark(Type.LINK, href.replaceAll("[\\r\\n]", ""),
                cleanTitle == null || cleanTitle.isBlank() ? null : cleanTitle);
    }

    /**
     * Returns the marks one text run may carry in ADF, in canonical order: one mark per type (the last
     * given wins) and, because ADF allows {@code code} only together with {@code link}, no emphasis next
     * to code.
     */
    static List<Mark> canonical(Collection<Mark> marks) {
        if (marks.isEmpty()) {
            return List.of();
        }
        Map<Type, Mark> byType = new EnumMap<>(Type.class);
        for (Mark mark : marks) {
            byType.put(mark.type(), mark);
        }
        if (byType.containsKey(Type.CODE)) {
            byType.remove(Type.EM);
            byType.remove(Type.STRONG);
            byType.remove(Type.STRIKE);
        }
        List<Mark> result = new ArrayList<>(byType.values());
        result.sort(Comparator.comparing(Mark::type));
        return List.copyOf(result);
    }
}
