package io.entwine.connector.github;

import io.entwine.api.connector.ConnectorConfig;
import io.entwine.api.errors.ConfigException;

import java.time.Duration;

/**
 * The connector's settings, validated: {@code baseUrl} (https://api.github.com, a GitHub Enterprise
 * {@code https://host/api/v3}, or an emulator), {@code token}, {@code repository} ({@code owner/name}),
 * optional {@code webhookSecret}, {@code overlapSeconds} (default 5) and optional {@code webUrl} (browse
 * links; derived from the base URL when absent).
 */
record GitHubSettings(String baseUrl, String webUrl, String token, String owner, String name, String webhookSecret,
                      Duration overlap) {

    static final int DEFAULT_OVERLAP_SECONDS = 5;

    static GitHubSettings from(ConnectorConfig config) {
        String token = config.require("token");
        String repository = config.require("repository").trim();
        int slash = repository.indexOf('/');
        if (slash <= 0 || slash == repository.length() - 1 || repository.indexOf('/', slash + 1) >= 0) {
            throw new ConfigException("connector setting 'repository' must be owner/name, got '" + repository + "'");
        }
        String secret = config.get("webhookSecret", null);
        String overlapText = config.get("overlapSeconds", String.valueOf(DEFAULT_OVERLAP_SECONDS)).trim();
        int overlap;
        try {
            overlap = Integer.parseInt(overlapText);
        } catch (NumberFormatException e) {
            overlap = -1;
        }
        if (overlap < 0) {
            throw new ConfigException("connector setting 'overlapSeconds' must be a whole number of seconds >= 0, got '" + overlapText + "'");
        }
        String webUrl = config.get("webUrl", webUrlFor(config.baseUrl()));
        return new GitHubSettings(config.baseUrl(), strip(webUrl), token, repository.substring(0, slash),
                repository.substring(slash + 1), secret == null || secret.isBlank() ? null : secret, Duration.ofSeconds(overlap));
    }

    /** github.com for api.github.com, the host for GitHub Enterprise's {@code /api/v3}, else the base URL itself (emulators). */
    static String webUrlFor(String baseUrl) {
        String base = strip(baseUrl);
        if (base.equals("https://api.github.com")) return "https://github.com";
        if (base.endsWith("/api/v3")) return base.substring(0, base.length() - "/api/v3".length());
        return base;
    }

    String fullName() {
        return owner + "/" + name;
    }

    /** {@code /repos/{owner}/{name}}. */
    String repoPath() {
        return "/repos/" + owner + "/" + name;
    }

    private static String strip(String url) {
        return url.endsWith("/") ? url.substring(0, url.length() - 1) : url;
    }
}
