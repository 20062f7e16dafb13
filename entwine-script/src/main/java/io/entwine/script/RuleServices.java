package io.entwine.script;

import io.entwine.api.connector.TrackerConnector;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * What a run may use besides the entities: the local tracker (for {@code nodeHelper} look-ups), the
 * connection's names (the {@code connection} binding) and the logger bound as {@code log}.
 *
 * @param connector      the local tracker; null only where no look-up is possible (a helper call then fails)
 * @param connectionName name of the connection the run belongs to
 * @param localNodeName  name of this node
 * @param remoteNodeName name of the other side ({@code connection.remoteInstance.name})
 * @param log            logger for {@code log} and {@code debug.info}; null means {@code io.entwine.rules}
 */
public record RuleServices(TrackerConnector connector, String connectionName, String localNodeName,
                           String remoteNodeName, Logger log) {

    private static final Logger DEFAULT_LOG = LoggerFactory.getLogger("io.entwine.rules");

    public RuleServices {
        if (log == null) log = DEFAULT_LOG;
    }
}
