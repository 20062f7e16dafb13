package io.entwine.testkit;

import com.atlassian.oai.validator.OpenApiInteractionValidator;
import com.atlassian.oai.validator.model.Request;
import com.atlassian.oai.validator.model.SimpleRequest;
import com.atlassian.oai.validator.model.SimpleResponse;
import com.atlassian.oai.validator.report.LevelResolver;
import com.atlassian.oai.validator.report.ValidationReport;
import io.entwine.emulator.core.RecordedExchange;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;

/**
 * Checks recorded emulator exchanges against an official API description with swagger-request-validator:
 * the request a connector sent and the answer the emulator gave must both fit the vendor's contract.
 *
 * <p>Use {@link #ignoring(String...)} for message keys the vendor's own document gets wrong (for example
 * known defects of generated descriptions); each use should say why next to the call.
 */
public final class OpenApiContract {
    private final Path spec;
    private final List<String> ignored = new ArrayList<>();
    private UnaryOperator<String> pathRewrite = UnaryOperator.identity();
    private OpenApiInteractionValidator validator;

    private OpenApiContract(Path spec) {
        this.spec = spec;
    }

    public static OpenApiContract of(Path spec) {
        return new OpenApiContract(spec);
    }

    /** Validation message keys to ignore (e.g. {@code validation.response.body.schema.additionalProperties}). */
    public OpenApiContract ignoring(String... keys) {
        ignored.addAll(List.of(keys));
        validator = null;
        return this;
    }

    /** Maps a recorded path onto the description's paths (e.g. strip a context prefix). */
    public OpenApiContract rewritingPaths(UnaryOperator<String> rewrite) {
        this.pathRewrite = rewrite;
        return this;
    }

    private synchronized OpenApiInteractionValidator validator() {
        if (validator == null) {
            LevelResolver.Builder levels = LevelResolver.create();
            for (String key : ignored) levels.withLevel(key, ValidationReport.Level.IGNORE);
            validator = OpenApiInteractionValidator.createForSpecificationUrl(spec.toUri().toString())
                    .withLevelResolver(levels.build())
                    .build();
        }
        return validator;
    }

    /** Validation errors of one exchange, each prefixed with the method and path; empty when it fits. */
    public List<String> violations(RecordedExchange exchange) {
        SimpleRequest.Builder request = new SimpleRequest.Builder(Request.Method.valueOf(exchange.method()),
                pathRewrite.apply(exchange.path()));
        exchange.requestHeaders().forEach((name, values) -> request.withHeader(name, values));
        if (exchange.query() != null && !exchange.query().isBlank()) {
            for (String pair : exchange.query().split("&")) {
                int eq = pair.indexOf('=');
                String name = java.net.URLDecoder.decode(eq < 0 ? pair : pair.substring(0, eq), java.nio.charset.StandardCharsets.UTF_8);
                String value = eq < 0 ? "" : java.net.URLDecoder.decode(pair.substring(eq + 1), java.nio.charset.StandardCharsets.UTF_8);
                request.withQueryParam(name, value);
            }
        }
        if (exchange.requestBody() != null && !exchange.requestBody().isEmpty()) request.withBody(exchange.requestBody());
        SimpleResponse.Builder response = SimpleResponse.Builder.status(exchange.status());
        exchange.responseHeaders().forEach(response::withHeader);
        if (exchange.responseBody() != null) response.withBody(exchange.responseBody());
        ValidationReport report = validator().validate(request.build(), response.build());
        return report.getMessages().stream()
                .filter(m -> m.getLevel() == ValidationReport.Level.ERROR)
                .map(m -> exchange.method() + " " + exchange.path() + " -> " + exchange.status() + ": [" + m.getKey() + "] " + m.getMessage())
                .toList();
    }

    /** Violations of all given exchanges. */
    public List<String> violations(List<RecordedExchange> exchanges) {
        List<String> out = new ArrayList<>();
        for (RecordedExchange e : exchanges) out.addAll(violations(e));
        return out;
    }
}
