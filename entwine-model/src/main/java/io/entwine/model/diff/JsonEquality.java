package io.entwine.model.diff;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

/**
 * Deep JSON equality for script values: numbers by value ({@code 5}, {@code 5.0} and {@code 5.00} are one value,
 * whatever node type the parser chose), object properties regardless of order with a null property the same as a
 * missing one, arrays in order.
 */
final class JsonEquality {

    private JsonEquality() {
    }

    static boolean same(JsonNode a, JsonNode b) {
        boolean noA = a == null || a.isNull() || a.isMissingNode();
        boolean noB = b == null || b.isNull() || b.isMissingNode();
        if (noA || noB) return noA && noB;
        if (a.isNumber() && b.isNumber()) return sameNumber(a, b);
        if (a.isObject() && b.isObject()) return sameObject(a, b);
        if (a.isArray() && b.isArray()) {
            if (a.size() != b.size()) return false;
            for (int i = 0; i < a.size(); i++) if (!same(a.get(i), b.get(i))) return false;
            return true;
        }
        return a.equals(b);
    }

    private static boolean sameNumber(JsonNode a, JsonNode b) {
        try {
            return a.decimalValue().compareTo(b.decimalValue()) == 0;
        } catch (NumberFormatException nonFinite) {
            return a.equals(b); // NaN or infinity from a foreign tree: no decimal value to compare
        }
    }

    private static boolean sameObject(JsonNode a, JsonNode b) {
        Set<String> names = new HashSet<>();
        for (Map.Entry<String, JsonNode> e : a.properties()) names.add(e.getKey());
        for (Map.Entry<String, JsonNode> e : b.properties()) names.add(e.getKey());
        for (String name : names) if (!same(a.get(name), b.get(name))) return false;
        return true;
    }
}
