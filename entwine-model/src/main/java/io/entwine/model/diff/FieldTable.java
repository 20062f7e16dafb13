package io.entwine.model.diff;

import static io.entwine.model.ReplicaProperties.*;

import io.entwine.api.replica.HubIssue;
import io.entwine.api.replica.HubIssueType;
import io.entwine.api.replica.HubPriority;
import io.entwine.api.replica.HubProject;
import io.entwine.api.replica.HubResolution;
import io.entwine.api.replica.HubSecurityLevel;
import io.entwine.api.replica.HubSprint;
import io.entwine.api.replica.HubStatus;
import io.entwine.api.replica.HubUser;
import java.time.Instant;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.function.BiConsumer;
import java.util.function.BiPredicate;
import java.util.function.Function;

/** How each standard field is read, written and compared, by its HubIssue property name. Immutable. */
final class FieldTable {

    record Field(Function<HubIssue, Object> get, BiConsumer<HubIssue, Object> set, BiPredicate<Object, Object> same) {
    }

    static final Map<String, Field> FIELDS = build();

    private FieldTable() {
    }

    private static Map<String, Field> build() {
        Map<String, Field> m = new LinkedHashMap<>();
        m.put(ID, text(HubIssue::getId, HubIssue::setId));
        m.put(KEY, text(HubIssue::getKey, HubIssue::setKey));
        m.put(URL, text(HubIssue::getUrl, HubIssue::setUrl));
        m.put(SUMMARY, text(HubIssue::getSummary, HubIssue::setSummary));
        m.put(DESCRIPTION, text(HubIssue::getDescription, HubIssue::setDescription));
        m.put(STATUS, new Field(HubIssue::getStatus, HubIssue::setStatus, (a, b) -> FieldSemantics.sameStatus((HubStatus) a, (HubStatus) b)));
        m.put(PRIORITY, new Field(HubIssue::getPriority, HubIssue::setPriority, (a, b) -> FieldSemantics.samePriority((HubPriority) a, (HubPriority) b)));
        m.put(RESOLUTION, new Field(HubIssue::getResolution, HubIssue::setResolution,
                (a, b) -> FieldSemantics.sameResolution((HubResolution) a, (HubResolution) b)));
        m.put(TYPE, new Field(HubIssue::getType, HubIssue::setType, (a, b) -> FieldSemantics.sameType((HubIssueType) a, (HubIssueType) b)));
        m.put(PROJECT, new Field(HubIssue::getProject, HubIssue::setProject, (a, b) -> FieldSemantics.sameProject((HubProject) a, (HubProject) b)));
        m.put(ASSIGNEE, user(HubIssue::getAssignee, HubIssue::setAssignee));
        m.put(REPORTER, user(HubIssue::getReporter, HubIssue::setReporter));
        m.put(CREATOR, user(HubIssue::getCreator, HubIssue::setCreator));
        m.put(ASSIGNEES, list(HubIssue::getAssignees, HubIssue::setAssignees, FieldSemantics::sameUsers));
        m.put(LABELS, list(HubIssue::getLabels, HubIssue::setLabels, FieldSemantics::sameLabels));
        m.put(COMMENTS, subObjects(HubIssue::getComments, HubIssue::setComments, FieldSemantics::sameComments));
        m.put(CREATED, instant(HubIssue::getCreated, HubIssue::setCreated));
        m.put(UPDATED, instant(HubIssue::getUpdated, HubIssue::setUpdated));
        m.put(PARENT_ID, text(HubIssue::getParentId, HubIssue::setParentId));
        m.put(ENVIRONMENT, text(HubIssue::getEnvironment, HubIssue::setEnvironment));
        m.put(WATCHERS, list(HubIssue::getWatchers, HubIssue::setWatchers, FieldSemantics::sameUsers));
        m.put(COMPONENTS, list(HubIssue::getComponents, HubIssue::setComponents, FieldSemantics::sameComponents));
        m.put(FIX_VERSIONS, list(HubIssue::getFixVersions, HubIssue::setFixVersions, FieldSemantics::sameVersions));
        m.put(AFFECTED_VERSIONS, list(HubIssue::getAffectedVersions, HubIssue::setAffectedVersions, FieldSemantics::sameVersions));
        m.put(DUE, instant(HubIssue::getDue, HubIssue::setDue));
        m.put(RESOLUTION_DATE, instant(HubIssue::getResolutionDate, HubIssue::setResolutionDate));
        m.put(ORIGINAL_ESTIMATE, new Field(HubIssue::getOriginalEstimate, HubIssue::setOriginalEstimate, Objects::equals));
        m.put(REMAINING_ESTIMATE, new Field(HubIssue::getRemainingEstimate, HubIssue::setRemainingEstimate, Objects::equals));
        m.put(TIME_SPENT, new Field(HubIssue::getTimeSpent, HubIssue::setTimeSpent, Objects::equals));
        m.put(ISSUE_LINKS, subObjects(HubIssue::getIssueLinks, HubIssue::setIssueLinks, FieldSemantics::sameIssueLinks));
        m.put(ATTACHMENTS, subObjects(HubIssue::getAttachments, HubIssue::setAttachments, FieldSemantics::sameAttachments));
        m.put(WORK_LOGS, subObjects(HubIssue::getWorkLogs, HubIssue::setWorkLogs, FieldSemantics::sameWorkLogs));
        m.put(SECURITY_LEVEL, new Field(HubIssue::getSecurityLevel, HubIssue::setSecurityLevel,
                (a, b) -> FieldSemantics.sameSecurityLevel((HubSecurityLevel) a, (HubSecurityLevel) b)));
        m.put(SPRINT, new Field(HubIssue::getSprint, HubIssue::setSprint, (a, b) -> FieldSemantics.sameSprint((HubSprint) a, (HubSprint) b)));
        m.put(AREA_PATH, text(HubIssue::getAreaPath, HubIssue::setAreaPath));
        m.put(ITERATION_PATH, text(HubIssue::getIterationPath, HubIssue::setIterationPath));
        m.put(TABLE_NAME, text(HubIssue::getTableName, HubIssue::setTableName));
        m.put(ENTITY_TYPE, text(HubIssue::getEntityType, HubIssue::setEntityType));
        m.put(REPOSITORY, text(HubIssue::getRepository, HubIssue::setRepository));
        if (!m.keySet().equals(new java.util.LinkedHashSet<>(STANDARD))) {
            throw new IllegalStateException("the field table does not cover exactly the standard fields " + STANDARD);
        }
        return Map.copyOf(m);
    }

    private static Field text(Function<HubIssue, Object> get, BiConsumer<HubIssue, Object> set) {
        return new Field(get, set, (a, b) -> FieldSemantics.sameText((String) a, (String) b));
    }

    private static Field user(Function<HubIssue, Object> get, BiConsumer<HubIssue, Object> set) {
        return new Field(get, set, (a, b) -> FieldSemantics.sameUser((HubUser) a, (HubUser) b));
    }

    private static Field instant(Function<HubIssue, Object> get, BiConsumer<HubIssue, Object> set) {
        return new Field(get, set, (a, b) -> FieldSemantics.sameInstant((Instant) a, (Instant) b));
    }

    private static Field list(Function<HubIssue, Object> get, BiConsumer<HubIssue, Object> set, BiPredicate<Collection<?>, Collection<?>> same) {
        return new Field(get, set, (a, b) -> same.test((Collection<?>) a, (Collection<?>) b));
    }

    /** Lists of mutable sub-objects: the setter gets deep copies, so a merged entity shares nothing mutable. */
    private static Field subObjects(Function<HubIssue, Object> get, BiConsumer<HubIssue, Object> set,
                                    BiPredicate<Collection<?>, Collection<?>> same) {
        return new Field(get, (i, v) -> set.accept(i, SubObjects.copies((Collection<?>) v)), (a, b) -> same.test((Collection<?>) a, (Collection<?>) b));
    }

}
