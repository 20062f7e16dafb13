package io.entwine.model.codec;

import java.util.regex.Pattern;

/** Builds the JSON paths error messages name: {@code replica.comments[2].created}, {@code replica.customFields["Story Points"]}. */
final class JsonPath {
    static final String ROOT = "replica";
    private static final Pattern IDENTIFIER = Pattern.compile("[A-Za-z_$][A-Za-z0-9_$]*");

    private JsonPath() {
    }

    static String field(String parent, String name) {
        if (IDENTIFIER.matcher(name).matches()) return parent + "." + name;
        return parent + "[\"" + name.replace("\\", "\\\\").replace("\"", "\\\"") + "\"]";
    }

    static String index(String parent, int index) {
        return parent + "[" + index + "]";
    }
}
