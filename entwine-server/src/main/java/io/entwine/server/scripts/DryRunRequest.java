package io.entwine.server.scripts;

import io.entwine.api.errors.ConfigException;
import io.entwine.api.replica.HubIssue;
import io.entwine.store.rule.Direction;

import java.util.List;

/**
 * What to try: a script, which side and direction it is for, and the entities it runs on.
 *
 * @param connectorKind  the local tracker's kind ({@code jira-cloud}, {@code github}): which offline directory
 *                       answers look-ups when no tracker is given
 * @param direction      outgoing (local entity to replica) or incoming (replica to local changes)
 * @param scriptName     the name errors use (a file name); default {@code script}
 * @param script         the Groovy text
 * @param issue          the local entity; required outgoing, and incoming unless {@code firstSync} (then it is the
 *                       blank entity the rules start from, e.g. only the project; empty when absent)
 * @param replica        the received replica; required incoming
 * @param previous       the replica received the time before; incoming only, optional: when given (and not first
 *                       sync) the field-level merge of the real sync is applied, as the node does
 * @param firstSync      incoming: no local twin exists yet, the entity would be created
 * @param issueUrl       incoming: the remote twin's URL ({@code issueUrl}); default the replica's {@code url}
 * @param connectionName the {@code connection.name} the script sees; default {@code dry-run}
 * @param remoteName     the {@code connection.remoteInstance.name} the script sees; default {@code remote}
 * @param twins          other twins of the connection the script may look up ({@code nodeHelper.getLocalIssueFromRemoteId},
 *                       {@code syncHelper.isUnderSync}...); none when null
 */
public record DryRunRequest(String connectorKind, Direction direction, String scriptName, String script, HubIssue issue,
                            HubIssue replica, HubIssue previous, boolean firstSync, String issueUrl,
                            String connectionName, String remoteName, List<KnownTwin> twins) {

    public DryRunRequest {
        if (connectorKind == null || connectorKind.isBlank()) throw new ConfigException("a dry run needs the connector kind (jira-cloud or github)");
        if (direction == null) throw new ConfigException("a dry run needs the direction: outgoing or incoming");
        if (script == null || script.isBlank()) throw new ConfigException("a dry run needs the script text");
        if (scriptName == null || scriptName.isBlank()) scriptName = "script";
        if (connectionName == null || connectionName.isBlank()) connectionName = "dry-run";
        if (remoteName == null || remoteName.isBlank()) remoteName = "remote";
        twins = twins == null ? List.of() : List.copyOf(twins);
        if (direction == Direction.OUTGOING) {
            if (issue == null) throw new ConfigException("an outgoing dry run needs the local entity ('issue')");
            if (replica != null || previous != null || firstSync) {
                throw new ConfigException("an outgoing dry run takes only the local entity ('issue'); replica, previous and "
                        + "firstSync are for incoming");
            }
        } else {
            if (replica == null) throw new ConfigException("an incoming dry run needs the received replica ('replica')");
            if (issue == null && !firstSync) {
                throw new ConfigException("an incoming dry run needs the local entity ('issue'), or firstSync when it would be created");
            }
        }
    }
}
