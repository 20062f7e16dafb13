package io.entwine.emulator.github;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.entwine.emulator.core.RecordedExchange;
import io.entwine.testkit.ApiSpecs;
import io.entwine.testkit.OpenApiContract;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Validates webhook deliveries against GitHub's webhooks description. swagger-request-validator only
 * validates {@code paths}, and that document declares its events under {@code webhooks}; so this copies
 * every {@code webhooks.<name>} operation, unchanged, to a path {@code /webhooks/<name>} of an otherwise
 * identical document and lets the validator check each delivery as a request to that path (headers and
 * body against the vendor's own schemas).
 *
 * <p>What the validator can and cannot check in this OpenAPI 3.1 document (probed by tampering with
 * payloads): required properties, enums, formats and undeclared properties are checked; JSON {@code type}s
 * are not (its 3.1 conversion loses them), which is why {@code oneOf} branches that differ only by type
 * ({@code hook.config.insecure_ssl}: string or number) always match twice - {@code oneOf} is ignored for
 * that reason. Its strict mode also injects {@code additionalProperties: false} into every {@code allOf}
 * part, and the description's {@code allOf}s (e.g. {@code issues-closed}, {@code issue_comment}) restate
 * the issue with fewer properties, so no real payload (which has {@code state_reason}) can satisfy both;
 * a delivery's strict {@code allOf} failures are therefore replaced by a re-check without the injection
 * ({@code validation.schema.additionalProperties} ignored), which must pass completely.
 */
final class WebhookSchemas {
    private static final String ALL_OF = "validation.request.body.schema.allOf";
    private static final String ONE_OF = "validation.request.body.schema.oneOf";

    private final OpenApiContract strict;
    private final OpenApiContract withoutInjection;

    private WebhookSchemas(Path file) {
        this.strict = OpenApiContract.of(file).ignoring(ONE_OF);
        // the validator injects additionalProperties:false only while this key is not ignored
        this.withoutInjection = OpenApiContract.of(file).ignoring(ONE_OF, "validation.schema.additionalProperties");
    }

    static WebhookSchemas load() {
        try {
            ObjectNode doc = (ObjectNode) Api.MAPPER.readTree(ApiSpecs.githubWebhooks().toFile());
            ObjectNode paths = doc.putObject("paths");
            // only the events the emulator sends: the validator's start-up time grows with the document
            doc.get("webhooks").properties().stream()
                    .filter(e -> e.getKey().startsWith("issues-") || e.getKey().startsWith("issue-comment-") || e.getKey().equals("ping"))
                    .forEach(e -> paths.set("/webhooks/" + e.getKey(), e.getValue()));
            doc.remove("webhooks");
            Path file = Files.createTempFile("github-webhooks-as-paths", ".json");
            file.toFile().deleteOnExit();
            Api.MAPPER.writeValue(file.toFile(), doc);
            return new WebhookSchemas(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Violations of one delivery against the description of {@code webhookName} (e.g. {@code issues-opened}). */
    List<String> violations(String webhookName, HookReceiver.Delivery delivery) {
        RecordedExchange exchange = new RecordedExchange(0, Instant.EPOCH, "POST", "/webhooks/" + webhookName, null,
                delivery.headers(), delivery.text(), 200, Map.of(), null);
        List<String> violations = new ArrayList<>(strict.violations(exchange));
        if (violations.removeIf(v -> v.contains("[" + ALL_OF + "]"))) violations.addAll(withoutInjection.violations(exchange));
        return violations;
    }

    /** The description's name of a delivery: {@code issues} + {@code opened} → {@code issues-opened}. */
    static String nameOf(HookReceiver.Delivery delivery, String action) {
        String event = delivery.event().replace('_', '-');
        return action == null ? event : event + "-" + action;
    }
}
