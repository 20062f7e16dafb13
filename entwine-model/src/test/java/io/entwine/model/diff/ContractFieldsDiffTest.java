package io.entwine.model.diff;

import static org.assertj.core.api.Assertions.assertThat;

import io.entwine.api.replica.HubAttachment;
import io.entwine.api.replica.HubCascade;
import io.entwine.api.replica.HubComponent;
import io.entwine.api.replica.HubCustomField;
import io.entwine.api.replica.HubIssue;
import io.entwine.api.replica.HubIssueLink;
import io.entwine.api.replica.HubOption;
import io.entwine.api.replica.HubSprint;
import io.entwine.api.replica.HubUser;
import io.entwine.api.replica.HubVersion;
import io.entwine.api.replica.HubWorkLog;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Sameness, update diff and merge of the fields that came with the full script contract. */
class ContractFieldsDiffTest {

    @Test
    void optionsCompareByIdWhenBothHaveOneElseByTextIgnoringCase() {
        assertThat(FieldSemantics.sameOption(new HubOption("1", "High"), new HubOption(null, "high"))).isTrue();
        assertThat(FieldSemantics.sameOption(new HubOption("1", "High"), new HubOption("2", "High"))).isFalse();
        HubCustomField a = new HubCustomField("cf", "Tags", "options", List.of(new HubOption("1", "red"), new HubOption("2", "blue")));
        HubCustomField b = new HubCustomField("cf", "Tags", "options", List.of("BLUE", "Red"));
        assertThat(FieldSemantics.sameCustomField(a, b)).as("multi-select values are sets").isTrue();
        HubCustomField c = new HubCustomField("cf", "Region", "cascading", new HubCascade(HubOption.named("EU"), HubOption.named("FR")));
        HubCustomField d = new HubCustomField("cf", "Region", "cascading", new HubCascade(HubOption.named("EU"), HubOption.named("DE")));
        assertThat(FieldSemantics.sameCustomField(c, d)).isFalse();
        HubCustomField u1 = new HubCustomField("cf", "Owner", "user", new HubUser("k", null, "a@x", null, true));
        HubCustomField u2 = new HubCustomField("cf", "Owner", "user", new HubUser("k", "other", null, "Ann", null));
        assertThat(FieldSemantics.sameCustomField(u1, u2)).isTrue();
    }

    @Test
    void namedListsCompareAsSets() {
        assertThat(FieldSemantics.sameComponents(List.of(HubComponent.named("UI"), new HubComponent("5", "API", null)),
                List.of(new HubComponent(null, "api", "d"), HubComponent.named("ui")))).isTrue();
        assertThat(FieldSemantics.sameVersions(List.of(HubVersion.named("1.0")), List.of(HubVersion.named("1.1")))).isFalse();
        assertThat(FieldSemantics.sameIssueLinks(List.of(new HubIssueLink("1", "blocks", "Blocks", "https://a")),
                List.of(new HubIssueLink("1", "BLOCKS", "blocks")))).isTrue();
        assertThat(FieldSemantics.sameSprint(new HubSprint("7", "a", null, null, null), new HubSprint("7", "b", null, null, null))).isTrue();
    }

    @Test
    void attachmentsAndWorkLogsMatchById() {
        HubAttachment a = new HubAttachment("a1", "log.txt", null, null, "AB");
        HubAttachment sameContent = new HubAttachment("a1", "log.txt", "text/plain", 3L, "ab");
        assertThat(FieldSemantics.sameAttachments(List.of(a), List.of(sameContent))).isTrue();
        assertThat(FieldSemantics.sameAttachments(List.of(a), List.of(new HubAttachment("a1", "log.txt", null, null, "cd")))).isFalse();
        HubWorkLog w = new HubWorkLog("w1", null, 60L, Instant.EPOCH, "x");
        HubWorkLog longer = w.copy();
        longer.setTimeSpent(120);
        assertThat(FieldSemantics.sameWorkLogs(List.of(w), List.of(w.copy()))).isTrue();
        assertThat(FieldSemantics.sameWorkLogs(List.of(w), List.of(longer))).isFalse();
    }

    @Test
    void anUpdateWritesTheNewFieldsAndWorksSubObjectsOneByOne() {
        HubIssue before = new HubIssue();
        before.setKey("DEMO-1");
        before.setAttachments(List.of(new HubAttachment("a1", "old.txt", null, null, "11"), new HubAttachment("a2", "keep.txt", null, null, "22")));
        before.setWorkLogs(List.of(new HubWorkLog("w1", null, 60L, Instant.EPOCH, "x"), new HubWorkLog("w2", null, 60L, Instant.EPOCH, "gone")));
        HubIssue after = before.copy();
        after.setEnvironment("prod");
        after.setComponents(List.of("UI"));
        after.setDue("2026-12-01");
        after.setOriginalEstimate("2h");
        after.setResolutionDate(Instant.EPOCH);
        after.setTableName("incident");
        HubAttachment mirror = new HubAttachment(null, "new.txt", null, 3L, "33");
        mirror.setRemoteId("r9");
        after.setAttachments(List.of(after.getAttachments().get(1), mirror));
        after.getWorkLogs().get(0).setTimeSpent(120);
        after.setWorkLogs(List.of(after.getWorkLogs().get(0), new HubWorkLog(null, null, 30L, Instant.EPOCH, "new")));

        EntityChanges changes = EntityDiff.between(before, after);

        assertThat(changes.fields().fields()).containsExactly("environment", "components", "due", "originalEstimate");
        assertThat(changes.fields().get("originalEstimate")).isEqualTo(7200L);
        assertThat(changes.addedAttachments()).extracting(HubAttachment::getRemoteId).containsExactly("r9");
        assertThat(changes.deletedAttachmentIds()).containsExactly("a1");
        assertThat(changes.editedWorkLogs()).extracting(HubWorkLog::getId).containsExactly("w1");
        assertThat(changes.addedWorkLogs()).extracting(HubWorkLog::getComment).containsExactly("new");
        assertThat(changes.deletedWorkLogIds()).containsExactly("w2");
        assertThat(changes.isEmpty()).isFalse();
        assertThat(EntityDiff.between(before, before.copy()).isEmpty()).isTrue();
    }

    @Test
    void mergeTakesAttachmentsAndWorkLogsFromTheReplicaRunAndMergesTheRestFieldByField() {
        HubIssue local = new HubIssue();
        local.setEnvironment("local edit");
        local.setFixVersions(List.of("1.0"));
        HubIssue afterPrevious = new HubIssue();
        afterPrevious.setEnvironment("base");
        afterPrevious.setFixVersions(List.of("1.0"));
        HubIssue afterReplica = afterPrevious.copy();
        afterReplica.setFixVersions(List.of("1.0", "2.0"));
        afterReplica.setAttachments(List.of(new HubAttachment(null, "f", null, null, "h")));
        afterReplica.setWorkLogs(List.of(new HubWorkLog(null, null, 1L, null, null)));

        MergeResult result = FieldMerge.merge(local, afterPrevious, afterReplica);

        assertThat(result.merged().getEnvironment()).as("only the local side changed it").isEqualTo("local edit");
        assertThat(result.merged().getFixVersions()).extracting(HubVersion::name).containsExactly("1.0", "2.0");
        assertThat(result.merged().getAttachments()).containsExactlyElementsOf(afterReplica.getAttachments());
        assertThat(result.merged().getAttachments().get(0)).as("copied, not shared").isNotSameAs(afterReplica.getAttachments().get(0));
        assertThat(result.merged().getWorkLogs()).hasSize(1);
        assertThat(result.hasConflicts()).isFalse();
    }
}
