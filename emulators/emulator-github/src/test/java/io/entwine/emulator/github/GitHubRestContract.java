package io.entwine.emulator.github;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.entwine.testkit.ApiSpecs;
import io.entwine.testkit.OpenApiContract;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * GitHub's official REST description as {@link OpenApiContract} checks it, with the places where the
 * validator cannot use the document as published, or where it misses an answer GitHub gives, corrected in
 * a temporary copy (everything else is the vendor's text, unchanged):
 * <ol>
 * <li>{@code GET /user} and {@code GET /users/{username}} answer {@code oneOf: [private-user, public-user]}
 *     with {@code discriminator: user_view_type}, but neither schema lists {@code user_view_type} as
 *     required; the validator refuses such a schema outright ("'discriminator' field 'user_view_type' must
 *     be marked as a required property") and would check nothing. The copy adds it to both
 *     {@code required} lists (GitHub always sends it).</li>
 * <li>{@code PATCH /repos/{owner}/{repo}/issues/{issue_number}} answers {@code allOf: [issue, {suggestions}]}.
 *     The validator injects {@code additionalProperties: false} into each {@code allOf} part, which makes
 *     the second part reject every issue property. The copy states the same thing as one schema: the
 *     issue schema plus the optional {@code suggestions} property.</li>
 * <li>{@code PATCH} and {@code DELETE /repos/{owner}/{repo}/issues/comments/{comment_id}} document no 404,
 *     yet GitHub answers 404 with a {@code basic-error} body for a comment that does not exist (connectors
 *     meet it when a comment was deleted meanwhile). The copy adds that answer, as the description has it
 *     for {@code GET} of the same path.</li>
 * <li>The {@code milestone} of {@code POST /repos/{owner}/{repo}/issues} and {@code PATCH .../issues/{issue_number}}
 *     is {@code oneOf: [string, integer]} with {@code nullable: true} beside the {@code oneOf}; the validator
 *     checks a {@code null} (GitHub's documented way to remove the milestone) against each branch alone and
 *     refuses it (and a null allowed by both branches would match two). The copy marks the integer branch
 *     {@code nullable}, which says the same thing.</li>
 * </ol>
 * One message key is ignored: {@code validation.request.accept.notAllowed}. GitHub's documentation tells
 * clients to send {@code Accept: application/vnd.github+json}, while the description lists only
 * {@code application/json} answers - a defect of the description, not of the client.
 */
public final class GitHubRestContract {
    private GitHubRestContract() {
    }

    public static OpenApiContract load() {
        try {
            ObjectNode doc = (ObjectNode) Api.MAPPER.readTree(ApiSpecs.githubRest().toFile());
            ObjectNode schemas = (ObjectNode) doc.path("components").path("schemas");
            for (String user : new String[]{"public-user", "private-user"}) {
                ArrayNode required = (ArrayNode) schemas.path(user).path("required");
                required.add("user_view_type");
            }
            ObjectNode patch200 = (ObjectNode) doc.path("paths").path("/repos/{owner}/{repo}/issues/{issue_number}")
                    .path("patch").path("responses").path("200").path("content").path("application/json");
            JsonNode parts = patch200.path("schema").path("allOf");
            ObjectNode merged = schemas.get("issue").deepCopy();
            ((ObjectNode) merged.get("properties")).set("suggestions", parts.get(1).path("properties").path("suggestions"));
            schemas.set("issue-with-suggestions", merged);
            patch200.putObject("schema").put("$ref", "#/components/schemas/issue-with-suggestions");

            ObjectNode comment = (ObjectNode) doc.path("paths").path("/repos/{owner}/{repo}/issues/comments/{comment_id}");
            JsonNode notFound = comment.path("get").path("responses").path("404");
            for (String method : new String[]{"patch", "delete"}) {
                ((ObjectNode) comment.path(method).path("responses")).set("404", notFound.deepCopy());
            }

            ObjectNode issues = (ObjectNode) doc.path("paths").path("/repos/{owner}/{repo}/issues");
            ObjectNode issue = (ObjectNode) doc.path("paths").path("/repos/{owner}/{repo}/issues/{issue_number}");
            for (JsonNode operation : new JsonNode[]{issues.path("post"), issue.path("patch")}) {
                JsonNode branches = operation.at("/requestBody/content/application~1json/schema/properties/milestone/oneOf");
                for (JsonNode branch : branches) if ("integer".equals(branch.path("type").asText())) ((ObjectNode) branch).put("nullable", true);
            }

            Path file = Files.createTempFile("github-rest-corrected", ".json");
            file.toFile().deleteOnExit();
            Api.MAPPER.writeValue(file.toFile(), doc);
            return OpenApiContract.of(file).ignoring("validation.request.accept.notAllowed");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
