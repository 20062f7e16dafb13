package io.entwine.connector.support;

import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;

import static org.assertj.core.api.Assertions.assertThat;

class WebhookSignaturesTest {

    private static final byte[] SECRET = "It's a Secret to Everybody".getBytes(StandardCharsets.UTF_8);
    private static final byte[] BODY = "Hello, World!".getBytes(StandardCharsets.UTF_8);
    // the example GitHub documents for validating webhook deliveries
    private static final String GITHUB_EXAMPLE = "sha256=757107ea0eb2509fc211221cce984b8a37570b6d7586c22c46f4379c8b043e17";

    @Test
    void signsLikeGithub() {
        assertThat(WebhookSignatures.sign(SECRET, BODY)).isEqualTo(GITHUB_EXAMPLE);
    }

    @Test
    void acceptsTheRightSignatureInEitherHexCase() {
        assertThat(WebhookSignatures.verifySha256(SECRET, BODY, GITHUB_EXAMPLE)).isTrue();
        assertThat(WebhookSignatures.verifySha256(SECRET, BODY, GITHUB_EXAMPLE.toUpperCase().replace("SHA256=", "sha256="))).isTrue();
    }

    @Test
    void rejectsATamperedBodyOrWrongSecret() {
        assertThat(WebhookSignatures.verifySha256(SECRET, "Hello, World?".getBytes(StandardCharsets.UTF_8), GITHUB_EXAMPLE)).isFalse();
        assertThat(WebhookSignatures.verifySha256("other".getBytes(StandardCharsets.UTF_8), BODY, GITHUB_EXAMPLE)).isFalse();
    }

    @Test
    void rejectsMissingOrMalformedHeaders() {
        assertThat(WebhookSignatures.verifySha256(SECRET, BODY, null)).isFalse();
        assertThat(WebhookSignatures.verifySha256(SECRET, BODY, "")).isFalse();
        assertThat(WebhookSignatures.verifySha256(SECRET, BODY, GITHUB_EXAMPLE.substring("sha256=".length()))).isFalse();
        assertThat(WebhookSignatures.verifySha256(SECRET, BODY, GITHUB_EXAMPLE.replace("sha256=", "sha1="))).isFalse();
        assertThat(WebhookSignatures.verifySha256(SECRET, BODY, "sha256=zz")).isFalse();
        assertThat(WebhookSignatures.verifySha256(SECRET, BODY, GITHUB_EXAMPLE.substring(0, GITHUB_EXAMPLE.length() - 2))).isFalse();
    }
}
