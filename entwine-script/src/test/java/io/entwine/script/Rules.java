package io.entwine.script;

import io.entwine.api.connector.TrackerConnector;
import io.entwine.api.replica.HubIssue;

import java.util.Map;

/** Small builders shared by the engine tests. */
final class Rules {
    private Rules() {
    }

    static RuleServices services(TrackerConnector connector) {
        return new RuleServices(connector, "jira-to-github", "jira-node", "github-node", null);
    }

    static OutgoingInput outgoing(HubIssue issue, TrackerConnector connector) {
        return new OutgoingInput(issue, services(connector));
    }

    static IncomingInput update(HubIssue replica, HubIssue previous, HubIssue local, TrackerConnector connector) {
        return new IncomingInput(replica, previous, local, false, "https://remote.example/issues/1", Map.of(),
                services(connector));
    }

    static IncomingInput firstSync(HubIssue replica, String projectKey, TrackerConnector connector) {
        HubIssue blank = new HubIssue();
        blank.setProjectKey(projectKey);
        return new IncomingInput(replica, new HubIssue(), blank, true, "https://remote.example/issues/1", Map.of(),
                services(connector));
    }
}
