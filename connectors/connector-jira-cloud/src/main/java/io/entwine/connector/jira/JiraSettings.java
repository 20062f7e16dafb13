package io.entwine.connector.jira;

import io.entwine.api.connector.ConnectorConfig;
import io.entwine.api.errors.ConfigException;

import java.time.Duration;

/**
 * The Jira Cloud connector's settings, checked once at start: {@code email} and {@code apiToken} (Basic
 * credentials), {@code project} (the key in scope), optional {@code webhookSecret}, {@code overlapMinutes}
 * (how far polling reaches back before its watermark, default 2) and {@code issueType} (default type of
 * created issues, default Task).
 */
record JiraSettings(String baseUrl, String email, String apiToken, String project, String webhookSecret,
                    Duration overlap, String issueType) {

    static JiraSettings from(ConnectorConfig config) {
        String project = config.require("project").trim();
        if (!project.matches("[A-Za-z][A-Za-z0-9_]*")) {
            throw new ConfigException("connector setting 'project' must be a Jira project key such as DEMO, got '" + project + "'");
        }
        String overlapText = config.get("overlapMinutes", "2").trim();
        long overlapMinutes;
        try {
            overlapMinutes = Long.parseLong(overlapText);
        } catch (NumberFormatException e) {
            throw new ConfigException("connector setting 'overlapMinutes' must be a whole number of minutes, got '" + overlapText + "'");
        }
        if (overlapMinutes < 1) {
            // JQL dates have minute precision: without at least one minute of overlap, changes made in the
            // watermark's own minute after the last sweep would be missed
            throw new ConfigException("connector setting 'overlapMinutes' must be at least 1, got " + overlapMinutes);
        }
        String secret = config.get("webhookSecret", null);
        return new JiraSettings(config.baseUrl(), config.require("email").trim(), config.require("apiToken"),
                project.toUpperCase(java.util.Locale.ROOT), secret == null || secret.isBlank() ? null : secret,
                Duration.ofMinutes(overlapMinutes), config.get("issueType", "Task"));
    }
}
