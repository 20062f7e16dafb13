package io.entwine.model.testing;

import io.entwine.api.replica.HubComment;
import io.entwine.api.replica.HubCustomField;
import io.entwine.api.replica.HubIssue;
import io.entwine.api.replica.HubIssueType;
import io.entwine.api.replica.HubLabel;
import io.entwine.api.replica.HubPriority;
import io.entwine.api.replica.HubProject;
import io.entwine.api.replica.HubResolution;
import io.entwine.api.replica.HubStatus;
import io.entwine.api.replica.HubUser;
import io.entwine.model.ReplicaProperties;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * Random HubIssues and script values for property tests. Values are generated in their decoded form (Long, not
 * Integer; BigDecimal with a fraction; strings for dates) so that a codec round trip must give them back equal.
 */
public final class RandomReplicas {
    private static final String[] ALPHABET = {"a", "b", "Z", "0", "9", " ", "-", "_", ".", "\"", "\\", "/", "\n", "\t",
            "\u0001", "\u007f", "é", "ß", "漢", "字", "😀", "\uD834\uDD1E", "<", "&", "'", "$", "{", "}", "[", "]"};
    private static final String[] NAMES = {"Open", "In Progress", "Done", "Blocked", "High", "Low", "Bug", "Task", "Fixed"};

    private final Random random;

    public RandomReplicas(Random random) {
        this.random = random;
    }

    public Random random() {
        return random;
    }

    public HubIssue issue() {
        HubIssue issue = new HubIssue();
        if (chance()) issue.setId(String.valueOf(random.nextInt(100_000)));
        if (chance()) issue.setKey("PRJ-" + random.nextInt(1000));
        if (chance()) issue.setUrl("https://tracker.example/browse/" + word());
        if (chance()) issue.setSummary(text());
        if (chance()) issue.setDescription(text());
        if (chance()) issue.setStatus(new HubStatus(maybe(word()), name()));
        if (chance()) issue.setPriority(new HubPriority(maybe(word()), name()));
        if (chance()) issue.setResolution(new HubResolution(maybe(word()), name()));
        if (chance()) issue.setType(new HubIssueType(maybe(word()), name()));
        if (chance()) issue.setProject(new HubProject(maybe(word()), maybe(text())));
        if (chance()) issue.setAssignee(user());
        if (chance()) issue.setReporter(user());
        if (chance()) issue.setCreator(user());
        if (chance()) issue.setAssignees(list(3, this::user));
        if (chance()) issue.setLabels(list(4, this::label));
        if (chance()) issue.setComments(list(4, this::comment));
        for (int i = 0; i < issue.getComments().size(); i++) {
            HubComment c = issue.getComments().get(i);
            if (c.getId() != null) c.setId("c" + i + "-" + c.getId()); // ids are unique within one entity
        }
        if (chance()) issue.setCreated(instant());
        if (chance()) issue.setUpdated(instant());
        if (chance()) issue.setParentId(word());
        for (int i = random.nextInt(4); i > 0; i--) {
            String name = text();
            issue.getCustomFields().put(name, new HubCustomField(maybe(word()), name, maybe(word()), random.nextBoolean() ? value(2) : null));
        }
        for (int i = random.nextInt(3); i > 0; i--) issue.getCustomKeys().put(text(), nonNullValue(3));
        for (int i = random.nextInt(3); i > 0; i--) issue.set(extraName(), nonNullValue(3));
        return issue;
    }

    public HubUser user() {
        return new HubUser(maybe(word()), maybe(word()), maybe(word() + "@example.com"), maybe(text()),
                random.nextInt(3) == 0 ? null : random.nextBoolean());
    }

    public HubLabel label() {
        return new HubLabel("l" + word());
    }

    public HubComment comment() {
        HubComment c = new HubComment(maybe(String.valueOf(random.nextInt(10_000))), maybe(text()), maybe(user()),
                maybe(instant()), maybe(instant()));
        c.setUpdateAuthor(maybe(user()));
        c.setInternal(random.nextBoolean());
        c.setExecutor(maybe(user()));
        c.setRemoteId(maybe(word()));
        return c;
    }

    public Instant instant() {
        Instant i = Instant.ofEpochSecond(random.nextInt(2_000_000_000), 0);
        return switch (random.nextInt(3)) {
            case 0 -> i;
            case 1 -> i.plusMillis(random.nextInt(1000));
            default -> i.plusNanos(random.nextInt(1_000_000_000));
        };
    }

    /** A decoded script value or null. */
    public Object value(int depth) {
        return random.nextInt(8) == 0 ? null : nonNullValue(depth);
    }

    public Object nonNullValue(int depth) {
        int kind = random.nextInt(depth > 0 ? 8 : 6);
        return switch (kind) {
            case 0 -> text();
            case 1 -> random.nextLong() >> random.nextInt(64);
            case 2 -> BigDecimal.valueOf(random.nextLong() >> random.nextInt(60), 1 + random.nextInt(6));
            case 3 -> random.nextBoolean();
            case 4 -> random.nextBoolean() ? BigInteger.valueOf(Long.MAX_VALUE).multiply(BigInteger.valueOf(2 + random.nextInt(1000)))
                    : BigInteger.valueOf(Long.MIN_VALUE).subtract(BigInteger.valueOf(1 + random.nextInt(1000)));
            case 5 -> instant().toString();
            case 6 -> {
                Map<String, Object> map = new LinkedHashMap<>();
                for (int i = random.nextInt(4); i > 0; i--) map.put(text(), value(depth - 1));
                yield map;
            }
            default -> {
                List<Object> list = new ArrayList<>();
                for (int i = random.nextInt(4); i > 0; i--) list.add(value(depth - 1));
                yield list;
            }
        };
    }

    /** A top-level property name that is not standard. */
    public String extraName() {
        String name;
        do {
            name = random.nextBoolean() ? word() : text();
        } while (name.isEmpty() || ReplicaProperties.isReserved(name));
        return name;
    }

    public String text() {
        StringBuilder b = new StringBuilder();
        for (int i = random.nextInt(12); i > 0; i--) b.append(ALPHABET[random.nextInt(ALPHABET.length)]);
        return b.toString();
    }

    public String word() {
        StringBuilder b = new StringBuilder();
        for (int i = 1 + random.nextInt(8); i > 0; i--) b.append((char) ('a' + random.nextInt(26)));
        return b.toString();
    }

    public String name() {
        return NAMES[random.nextInt(NAMES.length)];
    }

    public boolean chance() {
        return random.nextInt(10) < 7;
    }

    public <T> T maybe(T value) {
        return random.nextInt(4) == 0 ? null : value;
    }

    private <T> List<T> list(int max, java.util.function.Supplier<T> item) {
        List<T> list = new ArrayList<>();
        for (int i = random.nextInt(max + 1); i > 0; i--) list.add(item.get());
        return list;
    }
}
