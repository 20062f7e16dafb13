package io.entwine.server.config;

import io.entwine.api.connector.TrackerConnector;
import io.entwine.api.errors.ConfigException;
import io.entwine.connector.github.GitHubConnector;
import io.entwine.connector.jira.JiraCloudConnector;

import java.util.Map;
import java.util.TreeMap;
import java.util.function.Supplier;

/** The connectors this build ships, by kind. */
public final class Connectors {
    private static final Map<String, Supplier<TrackerConnector>> KINDS = new TreeMap<>(Map.<String, Supplier<TrackerConnector>>of(
            "jira-cloud", JiraCloudConnector::new,
            "github", GitHubConnector::new));

    private Connectors() {
    }

    public static TrackerConnector create(String kind) {
        Supplier<TrackerConnector> factory = KINDS.get(kind);
        if (factory == null) {
            throw new ConfigException("unknown tracker kind '" + kind + "'; this build supports " + String.join(", ", KINDS.keySet()));
        }
        return factory.get();
    }
}
