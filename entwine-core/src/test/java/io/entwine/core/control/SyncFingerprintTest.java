package io.entwine.core.control;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class SyncFingerprintTest {
    private final SyncFingerprint recorded = new SyncFingerprint("jira-node", "db-1", "https://acme.atlassian.net", "cloud-1");

    @Test
    void matchingFingerprintsHaveNoChanges() {
        assertThat(new SyncFingerprint("jira-node", "db-1", "https://acme.atlassian.net", "cloud-1").changesSince(recorded)).isEmpty();
    }

    @Test
    void namesEveryChangedPartWithItsRecordedAndCurrentValue() {
        SyncFingerprint staging = new SyncFingerprint("jira-node", "db-1", "https://acme-staging.atlassian.net", "cloud-2");

        assertThat(staging.changesSince(recorded)).containsExactly(
                new FingerprintChange("trackerBaseUrl", "https://acme.atlassian.net", "https://acme-staging.atlassian.net"),
                new FingerprintChange("trackerInstanceId", "cloud-1", "cloud-2"));
        assertThat(new SyncFingerprint("copy", "db-2", recorded.trackerBaseUrl(), recorded.trackerInstanceId())
                .changesSince(recorded)).extracting(FingerprintChange::part).containsExactly("nodeId", "databaseId");
    }
}
