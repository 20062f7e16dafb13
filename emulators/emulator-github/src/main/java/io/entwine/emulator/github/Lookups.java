package io.entwine.emulator.github;

import io.javalin.http.Context;

import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;

/** Resolves path and query parameters to model objects, answering 404/410/422 the way GitHub does. */
final class Lookups {
    private final GitHubWorld world;

    Lookups(GitHubWorld world) {
        this.world = world;
    }

    Repo repo(Context ctx) {
        Repo repo = world.repo(ctx.pathParam("owner"), ctx.pathParam("repo"));
        if (repo == null) throw ApiError.notFound("https://docs.github.com/rest/repos/repos#get-a-repository");
        return repo;
    }

    /** An issue or pull request by {@code {issue_number}}; a deleted issue answers 410 as on GitHub. */
    Issue issue(Context ctx, Repo repo) {
        Issue issue = parseNumber(ctx.pathParam("issue_number"), repo);
        if (issue == null) throw ApiError.notFound("https://docs.github.com/rest/issues/issues#get-an-issue");
        if (issue.deleted) throw ApiError.of(410, "This issue was deleted", "https://docs.github.com/rest/issues/issues#get-an-issue");
        return issue;
    }

    Comment comment(Context ctx, Repo repo) {
        Comment comment = null;
        try {
            comment = repo.comments.get(Long.parseLong(ctx.pathParam("comment_id")));
        } catch (NumberFormatException ignored) {
            // not a number: GitHub answers 404 like for an unknown id
        }
        if (comment == null) throw ApiError.notFound("https://docs.github.com/rest/issues/comments#get-an-issue-comment");
        return comment;
    }

    Hook hook(Context ctx, Repo repo) {
        Hook hook = null;
        try {
            hook = repo.hooks.get(Long.parseLong(ctx.pathParam("hook_id")));
        } catch (NumberFormatException ignored) {
            // not a number: 404 like an unknown id
        }
        if (hook == null) throw ApiError.notFound("https://docs.github.com/rest/repos/webhooks#get-a-repository-webhook");
        return hook;
    }

    /** The {@code since} parameter (ISO 8601 date-time, or a date meaning its UTC midnight); null when absent. */
    static Instant since(Context ctx, String resource) {
        String value = ctx.queryParam("since");
        if (value == null || value.isBlank()) return null;
        return instant(value, resource, "since");
    }

    static Instant instant(String value, String resource, String field) {
        try {
            return OffsetDateTime.parse(value).toInstant();
        } catch (DateTimeParseException e) {
            try {
                return LocalDate.parse(value).atStartOfDay().toInstant(ZoneOffset.UTC);
            } catch (DateTimeParseException e2) {
                throw ApiError.validation(resource, field, "invalid", value, ApiError.DOCS);
            }
        }
    }

    private static Issue parseNumber(String number, Repo repo) {
        try {
            return repo.issues.get(Integer.parseInt(number));
        } catch (NumberFormatException e) {
            return null;
        }
    }
}
