package io.entwine.model.testing;

import io.entwine.api.replica.HubAttachment;
import io.entwine.api.replica.HubCascade;
import io.entwine.api.replica.HubComment;
import io.entwine.api.replica.HubComponent;
import io.entwine.api.replica.HubIssueLink;
import io.entwine.api.replica.HubOption;
import io.entwine.api.replica.HubSecurityLevel;
import io.entwine.api.replica.HubSprint;
import io.entwine.api.replica.HubVersion;
import io.entwine.api.replica.HubWorkLog;
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
import java.time.LocalDate;
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
        if (chance()) issue.setProject(random.nextBoolean() ? new HubProject(maybe(word()), maybe(text()))
                : new HubProject(maybe(word()), maybe(text()), list(2, this::version), list(2, () -> new HubComponent(maybe(word()), name(), null))));
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
        if (chance()) issue.setEnvironment(text());
        if (chance()) issue.setWatchers(list(3, this::user));
        if (chance()) issue.setComponents(list(3, () -> new HubComponent(maybe(word()), name(), maybe(text()))));
        if (chance()) issue.setFixVersions(list(3, this::version));
        if (chance()) issue.setAffectedVersions(list(3, this::version));
        if (chance()) issue.setDue(instant());
        if (chance()) issue.setResolutionDate(instant());
        if (chance()) issue.setOriginalEstimate((long) random.nextInt(1_000_000));
        if (chance()) issue.setRemainingEstimate((long) random.nextInt(1_000_000));
        if (chance()) issue.setTimeSpent((long) random.nextInt(1_000_000));
        if (chance()) issue.setIssueLinks(list(3, () -> new HubIssueLink(maybe(word()), maybe(text()), maybe(name()), maybe("https://x/" + word()))));
        if (chance()) issue.setAttachments(list(3, this::attachment));
        for (int i = 0; i < issue.getAttachments().size(); i++) {
            HubAttachment a = issue.getAttachments().get(i);
            if (a.getId() != null) a.setId("a" + i + "-" + a.getId());
        }
        if (chance()) issue.setWorkLogs(list(3, this::workLog));
        for (int i = 0; i < issue.getWorkLogs().size(); i++) {
            HubWorkLog w = issue.getWorkLogs().get(i);
            if (w.getId() != null) w.setId("w" + i + "-" + w.getId());
        }
        if (chance()) issue.setSecurityLevel(new HubSecurityLevel(maybe(word()), name()));
        if (chance()) issue.setSprint(new HubSprint(maybe(word()), maybe(text()), maybe(word()), maybe(instant()), maybe(instant())));
        if (chance()) issue.setAreaPath(text());
        if (chance()) issue.setIterationPath(text());
        if (chance()) issue.setTableName(word());
        if (chance()) issue.setEntityType(word());
        if (chance()) issue.setRepository(word() + "/" + word());
        for (int i = random.nextInt(4); i > 0; i--) {
            String name = text();
            issue.getCustomFields().put(name, customField(name));
        }
        for (int i = random.nextInt(3); i > 0; i--) issue.getCustomKeys().put(text(), nonNullValue(3));
        for (int i = random.nextInt(3); i > 0; i--) issue.set(extraName(), nonNullValue(3));
        return issue;
    }

    /** A custom field of a random type with a value of that type (or an untyped one with any script value). */
    public HubCustomField customField(String name) {
        String id = maybe(word());
        if (random.nextInt(8) == 0) return new HubCustomField(id, name, null, null);
        return switch (random.nextInt(10)) {
            case 0 -> new HubCustomField(id, name, HubCustomField.TEXT, text());
            case 1 -> new HubCustomField(id, name, HubCustomField.NUMBER, random.nextBoolean()
                    ? (Object) (random.nextLong() >> random.nextInt(64)) : BigDecimal.valueOf(random.nextLong() >> random.nextInt(60), 1 + random.nextInt(6)));
            case 2 -> new HubCustomField(id, name, HubCustomField.DATE, LocalDate.ofEpochDay(random.nextInt(40_000)));
            case 3 -> new HubCustomField(id, name, HubCustomField.DATETIME, instant());
            case 4 -> new HubCustomField(id, name, HubCustomField.OPTION, option(1));
            case 5 -> new HubCustomField(id, name, HubCustomField.OPTIONS, list(3, () -> option(0)));
            case 6 -> new HubCustomField(id, name, HubCustomField.CASCADING, new HubCascade(option(0), maybe(option(0))));
            case 7 -> new HubCustomField(id, name, HubCustomField.USER, user());
            case 8 -> new HubCustomField(id, name, HubCustomField.USERS, list(3, this::user));
            default -> new HubCustomField(id, name, "x-" + word(), value(2));
        };
    }

    public HubOption option(int depth) {
        HubOption o = new HubOption(maybe(word()), text());
        if (depth > 0) for (int i = random.nextInt(3); i > 0; i--) o.getChildOptions().add(option(depth - 1));
        return o;
    }

    public HubVersion version() {
        return new HubVersion(maybe(word()), name(), maybe(text()));
    }

    public HubAttachment attachment() {
        HubAttachment a = new HubAttachment(maybe(String.valueOf(random.nextInt(10_000))), maybe(text()), maybe("text/plain"),
                maybe((long) random.nextInt(1_000_000)), maybe(Long.toHexString(random.nextLong())));
        a.setCreated(maybe(instant()));
        a.setAuthor(maybe(user()));
        a.setRemoteId(maybe(word()));
        return a;
    }

    public HubWorkLog workLog() {
        HubWorkLog w = new HubWorkLog(maybe(String.valueOf(random.nextInt(10_000))), maybe(user()),
                maybe((long) random.nextInt(100_000)), maybe(instant()), maybe(text()));
        w.setUpdateAuthor(maybe(user()));
        w.setCreated(maybe(instant()));
        w.setUpdated(maybe(instant()));
        w.setRemoteId(maybe(word()));
        return w;
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
        c.setRoleLevel(maybe(maybe(word())));
        c.setGroupLevel(maybe(maybe(word())));
        c.setLocalOnly(random.nextInt(5) == 0);
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
