package io.entwine.emulator.jira;

import io.entwine.emulator.jira.JqlLexer.Kind;
import io.entwine.emulator.jira.JqlLexer.Token;

import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Predicate;

/**
 * A recursive-descent parser for the JQL subset the emulator understands: clauses on {@code project},
 * {@code key}/{@code issuekey}/{@code id}, {@code status}, {@code priority}, {@code issuetype},
 * {@code labels}, {@code assignee}/{@code reporter}/{@code creator}, {@code parent}
 * ({@code = != IN NOT IN IS [NOT] EMPTY}), {@code updated}/{@code created} ({@code = != > >= < <=}),
 * {@code summary ~ text}; combined with {@code AND}, {@code OR}, {@code NOT} and parentheses; then
 * {@code ORDER BY updated|created|key|id [ASC|DESC], ...}. Values that name nothing are errors, as in Jira.
 */
final class Jql {
    /** What evaluating a query needs: the catalog, the searcher's zone and account, now, and whether a key exists. */
    record Context(Catalog catalog, ZoneId zone, Instant now, String currentAccountId, Predicate<String> issueExists) {
    }

    private static final Set<String> KEYWORDS = Set.of("and", "or", "not", "in", "is", "empty", "null", "order", "by", "asc", "desc");

    private final String jql;
    private final Context context;
    private final List<Token> tokens;
    private int position;

    private Jql(String jql, Context context) {
        this.jql = jql;
        this.context = context;
        this.tokens = JqlLexer.tokens(jql);
    }

    /** Parses the query or throws a 400 {@link JiraError} with Jira's wording. */
    static JqlQuery parse(String jql, Context context) {
        return new Jql(jql == null ? "" : jql, context).query();
    }

    /** Like {@link #parse}, but refuses a query without any restriction, as Jira Cloud's enhanced search does. */
    static JqlQuery parseBounded(String jql, Context context) {
        JqlQuery query = parse(jql, context);
        if (!query.bounded()) {
            throw JiraError.badRequest("Unbounded JQL queries are not allowed here. Please add a search restriction to your query.");
        }
        return query;
    }

    static JiraError error(String message, String jql) {
        return JiraError.badRequest(message);
    }

    private JiraError syntax(String expected) {
        return JiraError.badRequest("Error in the JQL Query: Expecting " + expected + " but got " + peek().describe()
                + ". (line 1, character " + (peek().position() + 1) + ")");
    }

    private JqlQuery query() {
        boolean bounded = !(peek().isWord("order") || peek().kind() == Kind.END);
        Predicate<JiraIssue> where = bounded ? or() : issue -> true;
        Comparator<JiraIssue> order = peek().isWord("order") ? orderBy() : Comparator.comparing(Jql::keyOrder).reversed();
        if (peek().kind() != Kind.END) throw syntax("either 'OR' or 'AND'");
        return new JqlQuery(where, order.thenComparing(i -> Long.parseLong(i.id)), bounded);
    }

    private Predicate<JiraIssue> or() {
        Predicate<JiraIssue> left = and();
        while (peek().isWord("or")) {
            next();
            left = left.or(and());
        }
        return left;
    }

    private Predicate<JiraIssue> and() {
        Predicate<JiraIssue> left = unary();
        while (peek().isWord("and")) {
            next();
            left = left.and(unary());
        }
        return left;
    }

    private Predicate<JiraIssue> unary() {
        if (peek().isWord("not")) {
            next();
            return unary().negate();
        }
        if (peek().kind() == Kind.LPAREN) {
            next();
            Predicate<JiraIssue> inner = or();
            expect(Kind.RPAREN, "')'");
            return inner;
        }
        return clause();
    }

    private Predicate<JiraIssue> clause() {
        Token fieldToken = next();
        if (fieldToken.kind() != Kind.WORD && fieldToken.kind() != Kind.STRING || KEYWORDS.contains(fieldToken.text().toLowerCase(Locale.ROOT))) {
            position--;
            throw syntax("a field name");
        }
        String field = fieldToken.text().toLowerCase(Locale.ROOT);
        String operator = operator();
        return switch (field) {
            case "updated", "updateddate", "created", "createddate" -> dateClause(field.startsWith("updated") ? "updated" : "created", operator);
            case "summary" -> textClause(operator);
            case "project", "key", "issuekey", "id", "status", "priority", "issuetype", "type", "labels", "assignee",
                 "reporter", "creator", "parent" -> setClause(field, operator);
            default -> throw JiraError.badRequest("Field '" + fieldToken.text() + "' does not exist or you do not have permission to view it.");
        };
    }

    private String operator() {
        Token t = next();
        if (t.kind() == Kind.OPERATOR) return t.text();
        if (t.isWord("in")) return "in";
        if (t.isWord("not") && peek().isWord("in")) {
            next();
            return "not in";
        }
        if (t.isWord("is")) {
            boolean not = peek().isWord("not");
            if (not) next();
            Token empty = next();
            if (!empty.isWord("empty") && !empty.isWord("null")) {
                position--;
                throw syntax("'EMPTY' or 'NULL'");
            }
            return not ? "is not empty" : "is empty";
        }
        position--;
        throw syntax("operator");
    }

    private Predicate<JiraIssue> dateClause(String field, String operator) {
        String raw = value();
        Instant at = JqlDates.parse(raw, context.zone(), context.now());
        if (at == null) {
            throw JiraError.badRequest("Date value '" + raw + "' for field '" + field + "' is invalid. Valid formats include: "
                    + "'yyyy/MM/dd HH:mm', 'yyyy-MM-dd HH:mm', 'yyyy/MM/dd', 'yyyy-MM-dd', or a period format e.g. '-5d', '4w 2d'.");
        }
        Function<JiraIssue, Instant> get = field.equals("updated") ? i -> i.updated : i -> i.created;
        return switch (operator) {
            case "=" -> i -> get.apply(i).equals(at);
            case "!=" -> i -> !get.apply(i).equals(at);
            case ">" -> i -> get.apply(i).isAfter(at);
            case ">=" -> i -> !get.apply(i).isBefore(at);
            case "<" -> i -> get.apply(i).isBefore(at);
            case "<=" -> i -> !get.apply(i).isAfter(at);
            default -> throw unsupported(operator, field);
        };
    }

    private Predicate<JiraIssue> textClause(String operator) {
        String needle = value().toLowerCase(Locale.ROOT);
        return switch (operator) {
            case "~" -> i -> i.summary.toLowerCase(Locale.ROOT).contains(needle);
            case "!~" -> i -> !i.summary.toLowerCase(Locale.ROOT).contains(needle);
            default -> throw unsupported(operator, "summary");
        };
    }

    private Predicate<JiraIssue> setClause(String field, String operator) {
        Function<JiraIssue, List<String>> actual = JqlFields.values(field);
        switch (operator) {
            case "is empty":
                return i -> actual.apply(i).isEmpty();
            case "is not empty":
                return i -> !actual.apply(i).isEmpty();
            case "=", "!=": {
                String wanted = JqlFields.canonical(field, value(), context);
                return operator.equals("=") ? i -> actual.apply(i).contains(wanted)
                        : i -> !actual.apply(i).isEmpty() && !actual.apply(i).contains(wanted);
            }
            case "in", "not in": {
                List<String> wanted = new ArrayList<>();
                expect(Kind.LPAREN, "'('");
                do {
                    wanted.add(JqlFields.canonical(field, value(), context));
                } while (peek().kind() == Kind.COMMA && next() != null);
                expect(Kind.RPAREN, "')'");
                return operator.equals("in") ? i -> actual.apply(i).stream().anyMatch(wanted::contains)
                        : i -> !actual.apply(i).isEmpty() && actual.apply(i).stream().noneMatch(wanted::contains);
            }
            default:
                throw unsupported(operator, field);
        }
    }

    private JiraError unsupported(String operator, String field) {
        return JiraError.badRequest("The operator '" + operator + "' is not supported by the '" + field + "' field.");
    }

    /** A single value: a word, a quoted string or a function call such as {@code currentUser()}. */
    private String value() {
        Token t = next();
        if (t.kind() == Kind.STRING) return t.text();
        if (t.kind() == Kind.WORD && !KEYWORDS.contains(t.text().toLowerCase(Locale.ROOT))) {
            if (peek().kind() == Kind.LPAREN) {
                next();
                expect(Kind.RPAREN, "')'");
                return t.text() + "()";
            }
            return t.text();
        }
        position--;
        throw syntax("either a value, 'EMPTY' or a function");
    }

    private Comparator<JiraIssue> orderBy() {
        next();
        if (!next().isWord("by")) {
            position--;
            throw syntax("'by'");
        }
        Comparator<JiraIssue> order = null;
        do {
            Token field = next();
            Comparator<JiraIssue> one = switch (field.text().toLowerCase(Locale.ROOT)) {
                case "updated", "updateddate" -> Comparator.comparing(i -> i.updated);
                case "created", "createddate" -> Comparator.comparing(i -> i.created);
                case "key", "issuekey" -> Comparator.comparing(Jql::keyOrder);
                case "id" -> Comparator.comparing(i -> Long.parseLong(i.id));
                default -> throw JiraError.badRequest("Not able to sort using field '" + field.text() + "'.");
            };
            if (peek().isWord("desc")) {
                next();
                one = one.reversed();
            } else if (peek().isWord("asc")) {
                next();
            }
            order = order == null ? one : order.thenComparing(one);
        } while (peek().kind() == Kind.COMMA && next() != null);
        return order;
    }

    /** Jira sorts keys by project key, then by issue number. */
    private static String keyOrder(JiraIssue issue) {
        return issue.project.key() + "-" + String.format("%012d", issue.number);
    }

    private Token peek() {
        return tokens.get(position);
    }

    private Token next() {
        Token t = tokens.get(position);
        if (t.kind() != Kind.END) position++;
        return t;
    }

    private void expect(Kind kind, String what) {
        if (peek().kind() != kind) throw syntax(what);
        next();
    }
}
