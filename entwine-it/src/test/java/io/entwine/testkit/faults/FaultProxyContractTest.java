package io.entwine.testkit.faults;

import io.entwine.transport.PeerHeaders;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The fault proxy spells out the node-to-node path (testkit cannot depend on transport): it must match. */
class FaultProxyContractTest {
    @Test
    void theProxyInterceptsTheTransportsMessagePath() {
        assertThat(FaultProxy.MESSAGES_PATH).isEqualTo(PeerHeaders.MESSAGES_PATH);
    }
}
