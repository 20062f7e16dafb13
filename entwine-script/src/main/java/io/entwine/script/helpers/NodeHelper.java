package io.entwine.script.helpers;

import io.entwine.api.connector.TrackerConnector;
import io.entwine.api.connector.TrackerHttpResponse;
import io.entwine.api.errors.EntityNotFoundException;
import io.entwine.api.replica.HubCascade;
import io.entwine.api.replica.HubComment;
import io.entwine.api.replica.HubComponent;
import io.entwine.api.replica.HubCustomField;
import io.entwine.api.replica.HubIssue;
import io.entwine.api.replica.HubIssueType;
import io.entwine.api.replica.HubLabel;
import io.entwine.api.replica.HubOption;
import io.entwine.api.replica.HubPriority;
import io.entwine.api.replica.HubProject;
import io.entwine.api.replica.HubResolution;
import io.entwine.api.replica.HubStatus;
import io.entwine.api.replica.HubUser;
import io.entwine.api.replica.HubVersion;
import io.entwine.script.TwinLookup;
import io.entwine.script.actions.EntityKey;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/**
 * {@code nodeHelper}: look-ups against the local tracker and this connection's twins. Every look-up returns null
 * when nothing matches, and a null or blank name gives null without asking anything, so scripts can chain
 * {@code nodeHelper.getPriority(replica.priority?.name)} safely.
 *
 * <p>Where the connector SPI has no look-up (resolutions, projects, components, versions, users by key), the
 * helper returns the value <em>named</em> as asked, unverified: assigning it works, and the connector refuses an
 * unknown name when it writes (an entity error naming it). Look-ups that cannot be answered at all return null:
 * users by user name or full name (no tracker search in the SPI). {@code createComponent}/{@code createVersion}
 * return the value to assign; creating it in the tracker is not something the SPI offers (use {@code httpClient}).
 *
 * <p>Blocking: look-ups may call the tracker over HTTP (connectors cache what they can). A tracker failure
 * surfaces as the connector's error ({@code RetriableSyncException} passes through the engine unchanged).
 * One instance per run.
 */
public class NodeHelper {
    private final TrackerConnector connector;
    private final TwinLookup twins;

    public NodeHelper(TrackerConnector connector) {
        this(connector, TwinLookup.NONE);
    }

    public NodeHelper(TrackerConnector connector, TwinLookup twins) {
        this.connector = connector;
        this.twins = twins == null ? TwinLookup.NONE : twins;
    }

    /** The local status of this name (case-insensitive), or null. */
    public HubStatus getStatus(String name) {
        return lookUp(name, n -> connector().status(n));
    }

    /** The local priority of this name (case-insensitive), or null. */
    public HubPriority getPriority(String name) {
        return lookUp(name, n -> connector().priority(n));
    }

    /** The resolution of this name, unverified (the SPI has no resolution list; the connector checks it on write). */
    public HubResolution getResolution(String name) {
        return blank(name) ? null : HubResolution.named(name);
    }

    /** The issue type of this name in any project, or null. */
    public HubIssueType getIssueType(String name) {
        return getIssueType(name, null);
    }

    /** The issue type of this name available in the project, or null. */
    public HubIssueType getIssueType(String name, String projectKey) {
        return lookUp(name, n -> connector().issueType(n, projectKey));
    }

    /** The project with this key, unverified (the SPI has no project look-up). */
    public HubProject getProject(String key) {
        return blank(key) ? null : new HubProject(key, null);
    }

    /** The user with this account id, unverified (the SPI has no user-by-id look-up). */
    public HubUser getUser(String key) {
        return blank(key) ? null : new HubUser(key, null, null, null, null);
    }

    /** The local user with this e-mail address, or null (also when the tracker hides e-mails). */
    public HubUser getUserByEmail(String email) {
        return lookUp(email, e -> connector().userByEmail(e));
    }

    /** Same as {@link #getUserByEmail(String)}; the project is accepted for script compatibility. */
    public HubUser getUserByEmail(String email, String projectKey) {
        return getUserByEmail(email);
    }

    /** Always null: the connector SPI offers no search by user name. Map users by e-mail instead. */
    public HubUser getUserByUsername(String username) {
        return null;
    }

    /** Always null: the connector SPI offers no search by full name. Map users by e-mail instead. */
    public HubUser getUserByFullName(String fullName) {
        return null;
    }

    /** True for any user: the SPI has no assignability check; the connector refuses an assignee it cannot set. */
    public boolean isUserAssignable(String projectKey, Object user) {
        return user != null;
    }

    /** A label of this text (labels need no look-up). */
    public HubLabel getLabel(String name) {
        return blank(name) ? null : new HubLabel(name);
    }

    /** The component of this name, unverified. */
    public HubComponent getComponent(String name) {
        return blank(name) ? null : HubComponent.named(name);
    }

    /** The component of this name in the project, unverified. */
    public HubComponent getComponent(String name, String projectKey) {
        return getComponent(name);
    }

    /** A component to assign; the tracker object is not created here (the SPI cannot), the connector resolves it by name. */
    public HubComponent createComponent(Object issue, String name, String description, String leadKey, Object assigneeType) {
        return blank(name) ? null : new HubComponent(null, name, description);
    }

    /** The version of this name, unverified. */
    public HubVersion getVersion(String name) {
        return blank(name) ? null : HubVersion.named(name);
    }

    public HubVersion getVersion(String name, String projectKey) {
        return getVersion(name);
    }

    /** A version to assign; the tracker object is not created here (the SPI cannot), the connector resolves it by name. */
    public HubVersion createVersion(Object issue, String name, String description) {
        return blank(name) ? null : new HubVersion(null, name, description);
    }

    /**
     * The option with this text of the issue's custom field {@code fieldName} (by name or id) when the connector read
     * the field's allowed options; else an option named so, for the connector to resolve.
     */
    public HubOption getOption(Object issue, String fieldName, Object value) {
        if (value == null || blank(String.valueOf(value))) return null;
        HubIssue local = Entities.issue(issue, "getOption");
        HubCustomField field = local.getCustomFields().get(fieldName);
        if (field == null) {
            for (HubCustomField f : local.getCustomFields().values()) {
                if (f != null && (fieldName.equals(f.getName()) || fieldName.equals(f.getId()))) field = f;
            }
        }
        String text = String.valueOf(value);
        if (field != null) {
            for (HubOption o : field.getOptions()) if (text.equals(o.getValue()) || text.equals(o.getId())) return o.copy();
            for (HubOption o : field.getOptions()) if (text.equalsIgnoreCase(o.getValue())) return o.copy();
        }
        return HubOption.named(text);
    }

    /** The value of a cascading select field: a parent option and a child option (options or their texts). */
    public HubCascade getCascadingSelect(Object parent, Object child) {
        HubOption p = asOption(parent);
        HubOption c = asOption(child);
        return p == null && c == null ? null : new HubCascade(p, c);
    }

    /** The link type of this name, unverified. */
    public IssueLinkType getIssueLinkType(String name) {
        return blank(name) ? null : new IssueLinkType(null, name, null, null);
    }

    /** The key (and id, when known) of the local twin of the remote entity with this id or key; null when not synced. */
    public EntityKey getLocalIssueKeyFromRemoteId(Object remoteId) {
        return getLocalIssueKeyFromRemoteId(remoteId, null);
    }

    public EntityKey getLocalIssueKeyFromRemoteId(Object remoteId, String entityType) {
        return twin(remoteId, entityType).map(t -> {
            EntityKey key = new EntityKey(t.localId(), t.localKey(), entityType);
            return key;
        }).orElse(null);
    }

    /** The local twin of the remote entity with this id or key, read from the tracker; null when not synced or gone. */
    public HubIssue getLocalIssueFromRemoteId(Object remoteId) {
        return getLocalIssueFromRemoteId(remoteId, null);
    }

    public HubIssue getLocalIssueFromRemoteId(Object remoteId, String entityType) {
        return twin(remoteId, entityType).map(this::read).orElse(null);
    }

    /** As {@link #getLocalIssueFromRemoteId(Object)}, by the remote key (Exalate's "URN"). */
    public HubIssue getLocalIssueFromRemoteUrn(Object remoteKey) {
        return getLocalIssueFromRemoteId(remoteKey, null);
    }

    public HubIssue getLocalIssueFromRemoteUrn(Object remoteKey, String entityType) {
        return getLocalIssueFromRemoteId(remoteKey, entityType);
    }

    /**
     * ServiceNow: the first record of {@code table} whose {@code field} equals {@code value}, as a map of its
     * fields ({@code sys_id}, {@code number}...), through the Table API; null when none or when the connector
     * offers no raw access.
     */
    public Map<String, Object> getReference(String table, String field, Object value) {
        if (blank(table) || blank(field) || value == null) return null;
        String query = URLEncoder.encode(field + "=" + value, StandardCharsets.UTF_8);
        TrackerHttpResponse response;
        try {
            response = connector().rawRequest("GET", "/api/now/table/" + URLEncoder.encode(table, StandardCharsets.UTF_8)
                    + "?sysparm_limit=1&sysparm_query=" + query, null);
        } catch (UnsupportedOperationException noRawAccess) {
            return null;
        }
        if (!response.isSuccess()) return null;
        Object parsed = ScriptHttpClient.parse(response.body());
        if (parsed instanceof Map<?, ?> m && m.get("result") instanceof List<?> list && !list.isEmpty() && list.get(0) instanceof Map<?, ?> first) {
            @SuppressWarnings("unchecked") Map<String, Object> record = (Map<String, Object>) first;
            return record;
        }
        return null;
    }

    /** The text of an HTML fragment: tags removed, line breaks kept, entities decoded. */
    public String stripHtml(Object html) {
        return html == null ? null : HtmlText.strip(String.valueOf(html));
    }

    /** Copies of the comments with their bodies stripped of HTML. */
    public List<HubComment> stripHtmlFromComments(Collection<?> comments) {
        List<HubComment> out = new ArrayList<>();
        for (HubComment c : Entities.comments(comments)) {
            HubComment copy = c.copy();
            copy.setBody(HtmlText.strip(c.getBody()));
            out.add(copy);
        }
        return out;
    }

    /**
     * A text field of the issue as HTML: {@code description}, {@code environment}, {@code summary} or a text custom
     * field (by name or id); Markdown rendered, raw HTML escaped. Null when the field is empty or unknown.
     */
    public String getHtmlField(Object issue, String field) {
        HubIssue local = Entities.issue(issue, "getHtmlField");
        String text = switch (field == null ? "" : field) {
            case "description" -> local.getDescription();
            case "environment" -> local.getEnvironment();
            case "summary" -> local.getSummary();
            default -> {
                Object value = local.extras().get(field);
                if (value == null && local.getCustomFields().get(field) != null) value = local.getCustomFields().get(field).getValue();
                yield value == null ? null : String.valueOf(value);
            }
        };
        return text == null ? null : HtmlText.markdownToHtml(text);
    }

    /** True: the engine writes comments as the sync account, which may edit them; kept for script compatibility. */
    public boolean canUserEditComments(Object... ignored) {
        return true;
    }

    private Optional<TwinLookup.TwinRef> twin(Object remoteId, String entityType) {
        if (remoteId == null || blank(String.valueOf(remoteId))) return Optional.empty();
        return twins.byRemote(String.valueOf(remoteId).trim(), entityType);
    }

    private HubIssue read(TwinLookup.TwinRef twin) {
        String key = twin.localKey() != null ? twin.localKey() : twin.localId();
        if (key == null) return null;
        try {
            return connector().read(key);
        } catch (EntityNotFoundException gone) {
            return null;
        }
    }

    private static HubOption asOption(Object value) {
        if (value == null || value instanceof HubOption) return (HubOption) value;
        return blank(String.valueOf(value)) ? null : HubOption.named(String.valueOf(value));
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }

    private static <T> T lookUp(String key, Function<String, Optional<T>> query) {
        if (blank(key)) return null;
        Optional<T> found = query.apply(key);
        return found == null ? null : found.orElse(null);
    }

    private TrackerConnector connector() {
        if (connector == null) throw new IllegalStateException("nodeHelper needs the local tracker, and this run has none");
        return connector;
    }
}
