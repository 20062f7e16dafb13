package io.entwine.testkit.fuzz;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * Makes fuzz inputs from valid JSON examples. Half of the time it edits the JSON tree (replaces a value with one of
 * another type or an extreme one, drops, renames, duplicates or adds a member, nests deeply, changes
 * {@code $schema}), which reaches deep into a decoder because the result still parses; otherwise it edits the bytes
 * (flips bits, inserts JSON punctuation and odd tokens, cuts, repeats), which tests the parser's edges. Now and then
 * both. Deterministic for a given {@link Random}; not thread-safe (one per run).
 */
public final class JsonMutator {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
    private static final String[] TOKENS = {"{", "}", "[", "]", "\"", ":", ",", "null", "true", "-", "1e999999", "-0",
            "0.0000000000000000000001", "99999999999999999999999", "\\u0000", "\\ud800", "\\", "\u00e9", "\ud83d\ude00",
            "NaN", "Infinity", "//", "/*", "'", "\u0000", " ", "\t", "\n"};
    private static final String[] STRINGS = {"", " ", "x", "null", "2026-11-20T10:00:00Z", "2026-11-20T10:00:00.000+0000",
            "yesterday", "9999-99-99T99:99:99Z", "-1", "1e400", "entwine/replica/v1", "entwine/replica/v2",
            "entwine/replica/v0", "\u0000", "\ud800", "<script>", "a\nb", "${x}", "DEMO-1", "../../etc/passwd"};

    private final List<byte[]> seeds;
    private final List<JsonNode> trees;
    private final Random random;

    /** @param seeds valid JSON texts the inputs are derived from (at least one) */
    public JsonMutator(List<String> seeds, Random random) {
        if (seeds.isEmpty()) throw new IllegalArgumentException("a mutator needs at least one seed input");
        this.random = random;
        this.seeds = new ArrayList<>();
        this.trees = new ArrayList<>();
        for (String seed : seeds) {
            this.seeds.add(seed.getBytes(StandardCharsets.UTF_8));
            try {
                trees.add(JSON.readTree(seed));
            } catch (java.io.IOException e) {
                throw new IllegalArgumentException("seed is not JSON: " + seed, e);
            }
        }
    }

    /** The next input. */
    public byte[] next() {
        int pick = random.nextInt(seeds.size());
        int mode = random.nextInt(10);
        if (mode < 5) return tree(trees.get(pick).deepCopy(), 1 + random.nextInt(4));
        if (mode < 9) return bytes(seeds.get(pick), 1 + random.nextInt(4));
        return bytes(tree(trees.get(pick).deepCopy(), 1 + random.nextInt(3)), 1);
    }

    private byte[] tree(JsonNode root, int edits) {
        JsonNode node = root;
        for (int i = 0; i < edits; i++) node = edit(node);
        try {
            return JSON.writeValueAsBytes(node);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Applies one edit somewhere in the tree; returns the (possibly new) root. */
    private JsonNode edit(JsonNode root) {
        List<JsonNode> containers = new ArrayList<>();
        collect(root, containers, 0);
        if (containers.isEmpty() || random.nextInt(20) == 0) return randomValue(3);
        JsonNode target = containers.get(random.nextInt(containers.size()));
        if (target instanceof ObjectNode object) {
            List<String> names = new ArrayList<>();
            object.fieldNames().forEachRemaining(names::add);
            String name = names.isEmpty() ? "x" : names.get(random.nextInt(names.size()));
            switch (random.nextInt(6)) {
                case 0 -> object.remove(name);
                case 1 -> object.set(name, randomValue(2));
                case 2 -> {
                    JsonNode value = object.remove(name);
                    object.set(name + (random.nextBoolean() ? "_" : name), value);
                }
                case 3 -> object.set(randomKey(), randomValue(2));
                case 4 -> object.set(name, nest(object.get(name), 1 + random.nextInt(200)));
                default -> object.put("$schema", STRINGS[random.nextInt(STRINGS.length)]);
            }
        } else if (target instanceof ArrayNode array) {
            int at = array.isEmpty() ? 0 : random.nextInt(array.size());
            switch (random.nextInt(4)) {
                case 0 -> { if (!array.isEmpty()) array.remove(at); }
                case 1 -> array.insert(at, randomValue(2));
                case 2 -> { if (!array.isEmpty()) for (int n = random.nextInt(50); n > 0; n--) array.add(array.get(at).deepCopy()); }
                default -> { if (!array.isEmpty()) array.set(at, randomValue(2)); }
            }
        }
        return root;
    }

    private void collect(JsonNode node, List<JsonNode> out, int depth) {
        if (node == null || depth > 50) return;
        if (node.isContainerNode()) {
            out.add(node);
            node.forEach(child -> collect(child, out, depth + 1));
        }
    }

    private JsonNode nest(JsonNode value, int depth) {
        JsonNode node = value == null ? NODES.nullNode() : value;
        for (int i = 0; i < depth; i++) {
            node = random.nextBoolean() ? NODES.arrayNode().add(node) : NODES.objectNode().set("n", node);
        }
        return node;
    }

    private String randomKey() {
        String[] keys = {"$schema", "key", "summary", "comments", "labels", "status", "customFields", "customKeys", "id",
                "created", "updated", "author", "body", "issue", "fields", "webhookEvent", "action", "number", "replica",
                "sourceKey", "forKey", "", "\u0000", "__proto__"};
        return keys[random.nextInt(keys.length)];
    }

    private JsonNode randomValue(int depth) {
        return switch (random.nextInt(depth <= 0 ? 8 : 11)) {
            case 0 -> NODES.nullNode();
            case 1 -> NODES.booleanNode(random.nextBoolean());
            case 2 -> NODES.numberNode(random.nextLong());
            case 3 -> NODES.numberNode(new java.math.BigDecimal("1e" + (random.nextInt(800) - 400)));
            case 4 -> NODES.numberNode(random.nextDouble() * 1e6 - 5e5);
            case 5 -> NODES.textNode(STRINGS[random.nextInt(STRINGS.length)]);
            case 6 -> NODES.textNode("x".repeat(random.nextInt(5000)));
            case 7 -> NODES.textNode(randomText());
            case 8 -> {
                ArrayNode array = NODES.arrayNode();
                for (int n = random.nextInt(4); n > 0; n--) array.add(randomValue(depth - 1));
                yield array;
            }
            case 9 -> {
                ObjectNode object = NODES.objectNode();
                for (int n = random.nextInt(4); n > 0; n--) object.set(randomKey(), randomValue(depth - 1));
                yield object;
            }
            default -> NODES.objectNode().setAll(Map.of("id", randomValue(0), "name", randomValue(0)));
        };
    }

    private String randomText() {
        StringBuilder out = new StringBuilder();
        for (int n = random.nextInt(20); n > 0; n--) out.appendCodePoint(random.nextInt(4) == 0 ? random.nextInt(0x10FFFF) : 32 + random.nextInt(95));
        return out.toString();
    }

    private byte[] bytes(byte[] input, int edits) {
        byte[] data = input;
        for (int i = 0; i < edits; i++) {
            int at = data.length == 0 ? 0 : random.nextInt(data.length + 1);
            data = switch (random.nextInt(6)) {
                case 0 -> flip(data);
                case 1 -> splice(data, at, at, TOKENS[random.nextInt(TOKENS.length)].getBytes(StandardCharsets.UTF_8));
                case 2 -> splice(data, at, Math.min(data.length, at + 1 + random.nextInt(16)), new byte[0]);
                case 3 -> java.util.Arrays.copyOf(data, at);
                case 4 -> {
                    int end = Math.min(data.length, at + 1 + random.nextInt(64));
                    yield splice(data, at, at, java.util.Arrays.copyOfRange(data, at, end));
                }
                default -> splice(data, at, at, new byte[]{(byte) random.nextInt(256)});
            };
        }
        return data;
    }

    private byte[] flip(byte[] data) {
        if (data.length == 0) return data;
        byte[] out = data.clone();
        out[random.nextInt(out.length)] ^= (byte) (1 << random.nextInt(8));
        return out;
    }

    private static byte[] splice(byte[] data, int from, int to, byte[] insert) {
        byte[] out = new byte[data.length - (to - from) + insert.length];
        System.arraycopy(data, 0, out, 0, from);
        System.arraycopy(insert, 0, out, from, insert.length);
        System.arraycopy(data, to, out, from + insert.length, data.length - to);
        return out;
    }
}
