package io.entwine.connector.github;

import io.entwine.api.connector.TrackerHttpResponse;
import io.entwine.api.errors.EntityException;
import io.entwine.api.replica.HubComment;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Rules' {@code httpClient} reaches GitHub's REST API through the connector's token and rate-limit handling. */
class RawRequestTest extends ConnectorFixture {

    @Test
    void readsAndWritesGitHubAsTheConnectorDoes() {
        String key = issueByAlice("Raw access");

        TrackerHttpResponse issue = connector.rawRequest("GET", ISSUES + "/" + key, null);
        TrackerHttpResponse comment = connector.rawRequest("POST", ISSUES + "/" + key + "/comments", "{\"body\":\"by a rule\"}");
        TrackerHttpResponse missing = connector.rawRequest("GET", ISSUES + "/999", null);

        assertThat(issue.status()).isEqualTo(200);
        assertThat(issue.body()).contains("\"title\":\"Raw access\"");
        assertThat(comment.status()).isEqualTo(201);
        assertThat(connector.read(key).getComments()).extracting(HubComment::getBody).containsExactly("by a rule");
        assertThat(missing.status()).isEqualTo(404);
        assertThat(missing.isSuccess()).isFalse();
    }

    @Test
    void refusesOtherHostsOddMethodsAndBodiesThatAreNotJson() {
        assertThatThrownBy(() -> connector.rawRequest("GET", "https://api.elsewhere.example/user", null))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("relative to the GitHub base URL");
        assertThatThrownBy(() -> connector.rawRequest("CONNECT", "/user", null)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> connector.rawRequest("POST", ISSUES, "title: x")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> connector.rawRequest("POST", ISSUES, "{}")).isInstanceOf(EntityException.class);
    }
}
