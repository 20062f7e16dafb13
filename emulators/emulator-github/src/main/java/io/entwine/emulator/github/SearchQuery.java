package io.entwine.emulator.github;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Predicate;

/**
 * The subset of GitHub's issue search syntax the emulator understands: {@code repo:o/r}, {@code is:issue|pr},
 * {@code is:open|closed}, {@code state:open|closed}, {@code label:x} (quoted names too, {@code -label:x}
 * negates), {@code no:label|assignee}, {@code author:}, {@code assignee:}, {@code updated:} and
 * {@code created:} with {@code >=, >, <, <=}, a bare date(-time) or a {@code a..b} range; any other term
 * (including quoted phrases and unknown qualifiers) must appear in the title or body.
 */
final class SearchQuery {
    private static final String DOCS = "https://docs.github.com/rest/search/search#search-issues-and-pull-requests";

    private final List<String> repos = new ArrayList<>();
    private final List<Predicate<Issue>> filters = new ArrayList<>();

    private SearchQuery() {
    }

    static SearchQuery parse(String q) {
        SearchQuery query = new SearchQuery();
        for (String token : tokens(q)) query.add(token);
        return query;
    }

    /** True when the repository is in scope (no {@code repo:} qualifier means every repository). */
    boolean covers(Repo repo) {
        return repos.isEmpty() || repos.stream().anyMatch(r -> r.equalsIgnoreCase(repo.fullName()));
    }

    boolean matches(Issue issue) {
        return filters.stream().allMatch(f -> f.test(issue));
    }

    private void add(String token) {
        boolean negated = token.startsWith("-") && token.indexOf(':') > 1;
        String term = negated ? token.substring(1) : token;
        int colon = term.indexOf(':');
        String key = colon > 0 ? term.substring(0, colon).toLowerCase(Locale.ROOT) : "";
        String value = colon > 0 ? unquote(term.substring(colon + 1)) : unquote(term);
        Predicate<Issue> filter = switch (key) {
            case "repo" -> {
                repos.add(value);
                yield null;
            }
            case "is", "type", "state" -> kind(value);
            case "label" -> i -> i.hasLabel(value);
            case "no" -> value.equalsIgnoreCase("label") ? i -> i.labels.isEmpty()
                    : value.equalsIgnoreCase("assignee") ? i -> i.assignees.isEmpty() : null;
            case "author" -> i -> i.author.login.equalsIgnoreCase(value);
            case "assignee" -> i -> i.assignees.stream().anyMatch(a -> a.login.equalsIgnoreCase(value));
            case "updated" -> time(value, i -> i.updated);
            case "created" -> time(value, i -> i.created);
            case "in", "sort" -> null;
            default -> text(term);
        };
        if (filter != null) filters.add(negated ? filter.negate() : filter);
    }

    private static Predicate<Issue> kind(String value) {
        return switch (value.toLowerCase(Locale.ROOT)) {
            case "issue" -> i -> !i.pullRequest;
            case "pr", "pull-request" -> i -> i.pullRequest;
            case "open" -> Issue::isOpen;
            case "closed" -> i -> !i.isOpen();
            default -> throw invalid("is:" + value);
        };
    }

    private static Predicate<Issue> text(String term) {
        String word = unquote(term).toLowerCase(Locale.ROOT);
        return i -> contains(i.title, word) || contains(i.body, word);
    }

    private static boolean contains(String text, String word) {
        return text != null && text.toLowerCase(Locale.ROOT).contains(word);
    }

    private interface TimeOf {
        Instant of(Issue issue);
    }

    private static Predicate<Issue> time(String value, TimeOf field) {
        int range = value.indexOf("..");
        if (range >= 0) {
            Instant from = bound(value.substring(0, range), false);
            Instant to = bound(value.substring(range + 2), true);
            return i -> !field.of(i).isBefore(from) && field.of(i).isBefore(to);
        }
        if (value.startsWith(">=")) {
            Instant t = bound(value.substring(2), false);
            return i -> !field.of(i).isBefore(t);
        }
        if (value.startsWith("<=")) {
            Instant t = bound(value.substring(2), true);
            return i -> field.of(i).isBefore(t);
        }
        if (value.startsWith(">")) {
            String v = value.substring(1);
            Instant t = isDate(v) ? bound(v, true) : Lookups.instant(v, "Search", "q");
            return i -> isDate(v) ? !field.of(i).isBefore(t) : field.of(i).isAfter(t);
        }
        if (value.startsWith("<")) {
            Instant t = bound(value.substring(1), false);
            return i -> field.of(i).isBefore(t);
        }
        Instant from = bound(value, false);
        Instant to = bound(value, true);
        return i -> !field.of(i).isBefore(from) && field.of(i).isBefore(to);
    }

    /**
     * A bound as a half-open limit: a date-time is itself (plus one second when it ends an inclusive range,
     * GitHub's precision), a bare date is its UTC midnight or the next one ({@code upper}).
     */
    private static Instant bound(String value, boolean upper) {
        if (value.equals("*")) return upper ? Instant.MAX : Instant.MIN;
        try {
            if (isDate(value)) {
                LocalDate day = LocalDate.parse(value);
                return (upper ? day.plusDays(1) : day).atStartOfDay().toInstant(ZoneOffset.UTC);
            }
            Instant t = Lookups.instant(value, "Search", "q");
            return upper ? t.plusSeconds(1) : t;
        } catch (RuntimeException e) {
            throw invalid(value);
        }
    }

    private static boolean isDate(String value) {
        return value.matches("\\d{4}-\\d{2}-\\d{2}");
    }

    private static ApiError invalid(String term) {
        return ApiError.validationMessage("Search", "The search query contains an invalid term: " + term, DOCS);
    }

    private static String unquote(String value) {
        return value.length() >= 2 && value.startsWith("\"") && value.endsWith("\"") ? value.substring(1, value.length() - 1) : value;
    }

    /** Splits on whitespace outside double quotes; quotes stay on the token so qualifiers can be told apart. */
    static List<String> tokens(String q) {
        List<String> out = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        boolean quoted = false;
        for (char c : q.toCharArray()) {
            if (c == '"') quoted = !quoted;
            if (Character.isWhitespace(c) && !quoted) {
                if (!current.isEmpty()) out.add(current.toString());
                current.setLength(0);
            } else {
                current.append(c);
            }
        }
        if (!current.isEmpty()) out.add(current.toString());
        return out;
    }
}
