package io.entwine.api.connector;

import io.entwine.api.errors.ConfigException;

import java.time.Clock;
import java.util.Map;

/**
 * Settings of one connector instance: the tracker's base URL and connector-specific settings
 * (credentials, project or repository, webhook secret). Pointing a connector at the real service instead
 * of an emulator changes only these values.
 */
public record ConnectorConfig(String baseUrl, Map<String, String> settings, Clock clock) {

    public ConnectorConfig {
        if (baseUrl == null || baseUrl.isBlank()) throw new ConfigException("connector setting 'baseUrl' is required");
        baseUrl = baseUrl.endsWith("/") ? baseUrl.substring(0, baseUrl.length() - 1) : baseUrl;
        settings = Map.copyOf(settings);
        if (clock == null) clock = Clock.systemUTC();
    }

    /** A required setting; throws a {@link ConfigException} naming it when missing. */
    public String require(String name) {
        String value = settings.get(name);
        if (value == null || value.isBlank()) throw new ConfigException("connector setting '" + name + "' is required");
        return value;
    }

    public String get(String name, String fallback) {
        return settings.getOrDefault(name, fallback);
    }
}
