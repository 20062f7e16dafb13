package io.entwine.server.http;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.atlassian.oai.validator.OpenApiInteractionValidator;
import org.junit.jupiter.api.Test;

import java.util.HashSet;
import java.util.Locale;
import java.util.Set;
import java.util.stream.StreamSupport;

import static org.assertj.core.api.Assertions.assertThat;

/** The node's OpenAPI description covers exactly the routes the node serves, and is itself a valid document. */
class OpenApiCoverageTest {

    @Test
    void everyServedRouteIsDescribedAndNothingElse() throws Exception {
        JsonNode doc = new ObjectMapper().readTree(NodeRoutes.openApiDocument());
        Set<String> described = new HashSet<>();
        doc.path("paths").fields().forEachRemaining(path -> path.getValue().fieldNames()
                .forEachRemaining(method -> described.add(method.toUpperCase(Locale.ROOT) + " " + path.getKey())));
        Set<String> served = new HashSet<>();
        for (Route route : NodeRoutes.of(null, null)) served.add(route.method() + " " + route.path());
        assertThat(described).containsExactlyInAnyOrderElementsOf(served);
    }

    @Test
    void exactlyTheAdminRoutesRequireTheAdminTokenInTheDescription() throws Exception {
        JsonNode doc = new ObjectMapper().readTree(NodeRoutes.openApiDocument());
        assertThat(doc.at("/components/securitySchemes/adminToken/scheme").asText()).isEqualTo("bearer");
        for (Route route : NodeRoutes.of(null, null)) {
            JsonNode security = doc.path("paths").path(route.path()).path(route.method().toLowerCase(Locale.ROOT)).path("security");
            boolean required = security.isArray() && !security.isEmpty() && StreamSupport.stream(security.spliterator(), false)
                    .allMatch(requirement -> requirement.has("adminToken"));
            assertThat(required).as("%s %s is %s", route.method(), route.path(), route.access())
                    .isEqualTo(route.access() == Route.Access.ADMIN);
        }
    }

    @Test
    void everyApiRouteButTheDescriptionAndHealthNeedsAnAdminToken() {
        Set<String> notAdmin = new HashSet<>();
        for (Route route : NodeRoutes.of(null, null)) {
            if (route.path().startsWith("/api/") && route.access() != Route.Access.ADMIN) notAdmin.add(route.method() + " " + route.path());
        }
        assertThat(notAdmin).containsExactlyInAnyOrder("GET /api/openapi.json", "GET /api/health");
    }

    @Test
    void theDescriptionIsAValidOpenApiDocument() {
        // the validator parses and resolves every $ref; a broken document throws here
        OpenApiInteractionValidator.createForInlineApiSpecification(NodeRoutes.openApiDocument()).build();
    }
}
