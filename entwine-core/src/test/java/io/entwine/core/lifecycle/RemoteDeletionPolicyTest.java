package io.entwine.core.lifecycle;

import io.entwine.api.errors.ConfigException;
import io.entwine.core.protocol.DeleteMessage;
import io.entwine.store.connection.Connection;
import io.entwine.store.connection.ConnectionRole;
import io.entwine.store.connection.ConnectionStatus;
import org.junit.jupiter.api.Test;

import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class RemoteDeletionPolicyTest {

    @Test
    void parsesPolicyNamesWhateverTheirCase() {
        assertThat(RemoteDeletionPolicy.parse(" delete ")).isEqualTo(RemoteDeletionPolicy.DELETE);
        assertThat(RemoteDeletionPolicy.parse("Note")).isEqualTo(RemoteDeletionPolicy.NOTE);
    }

    @Test
    void anUnknownPolicyNamesTheValidOnes() {
        assertThatThrownBy(() -> RemoteDeletionPolicy.parse("archive")).isInstanceOf(ConfigException.class)
                .hasMessage("unknown remote deletion policy 'archive'; one of [NOTHING, DELETE, NOTE]");
    }

    @Test
    void theFinalNoteSaysWhereWhoAndWhen() {
        Connection connection = new Connection("c", "demo", "jira-node", null, null, ConnectionRole.INVITER,
                ConnectionStatus.ACTIVE, "{}", Instant.EPOCH, Instant.EPOCH);

        String note = RemoteDeleteHandler.note(connection, new DeleteMessage("DEMO-1", "Ann", "2026-01-01T00:00:00Z")).getBody();

        assertThat(note).isEqualTo("Deleted in jira-node by Ann at 2026-01-01T00:00:00Z (was DEMO-1). This entity no longer syncs.");
        assertThat(RemoteDeleteHandler.note(connection, new DeleteMessage("DEMO-1", null, null)).getBody())
                .isEqualTo("Deleted in jira-node (was DEMO-1). This entity no longer syncs.");
    }
}
