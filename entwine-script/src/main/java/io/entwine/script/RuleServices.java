package io.entwine.script;

import io.entwine.api.connector.TrackerConnector;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * What a run may use besides the entities: the local tracker (look-ups, {@code httpClient}), the connection's
 * names (the {@code connection} binding), the logger bound as {@code log}, and the engine's twin look-ups and
 * {@code store(issue)}.
 *
 * @param connector      the local tracker; null only where no look-up is possible (a helper call then fails)
 * @param connectionName name of the connection the run belongs to
 * @param localNodeName  name of this node
 * @param remoteNodeName name of the other side ({@code connection.remoteInstance.name})
 * @param log            logger for {@code log} and {@code debug.info}; null means {@code io.entwine.rules}
 * @param entityType     what the local entities are called ({@code "issue"}, a ServiceNow table, a Salesforce object);
 *                       bound as {@code entityType}, and as an extra alias of the entity when not "issue"; null
 *                       means "issue"
 * @param twins          twin look-ups of this connection; null means none are known
 * @param store          {@code store(issue)}; null means the run cannot store (a dry run), and {@code store} fails
 */
public record RuleServices(TrackerConnector connector, String connectionName, String localNodeName,
                           String remoteNodeName, Logger log, String entityType, TwinLookup twins, EntityStore store) {

    private static final Logger DEFAULT_LOG = LoggerFactory.getLogger("io.entwine.rules");

    public RuleServices {
        if (log == null) log = DEFAULT_LOG;
        if (entityType == null || entityType.isBlank()) entityType = "issue";
        if (twins == null) twins = TwinLookup.NONE;
    }

    /** Services without twin look-ups or {@code store}, for entities called "issue". */
    public RuleServices(TrackerConnector connector, String connectionName, String localNodeName, String remoteNodeName, Logger log) {
        this(connector, connectionName, localNodeName, remoteNodeName, log, null, null, null);
    }
}
