package io.entwine.script.sandbox;

import io.entwine.api.replica.HubAttachment;
import io.entwine.api.replica.HubComment;
import io.entwine.api.replica.HubComponent;
import io.entwine.api.replica.HubCustomField;
import io.entwine.api.replica.HubIssue;
import io.entwine.api.replica.HubIssueLink;
import io.entwine.api.replica.HubIssueType;
import io.entwine.api.replica.HubLabel;
import io.entwine.api.replica.HubOption;
import io.entwine.api.replica.HubPriority;
import io.entwine.api.replica.HubProject;
import io.entwine.api.replica.HubResolution;
import io.entwine.api.replica.HubSecurityLevel;
import io.entwine.api.replica.HubStatus;
import io.entwine.api.replica.HubVersion;
import io.entwine.api.replica.HubWorkLog;
import io.entwine.script.actions.EntityKey;
import io.entwine.script.actions.Trace;
import io.entwine.script.actions.TraceAction;
import io.entwine.script.actions.TraceType;
import io.entwine.script.compat.BasicHubUser;
import io.entwine.script.compat.CustomFieldType;
import io.entwine.script.compat.IssueTrackerException;
import io.entwine.script.compat.JavaConverters;
import io.entwine.script.compat.Tuple2;
import io.entwine.script.helpers.AttachmentHelper;
import io.entwine.script.helpers.CommentHelper;
import io.entwine.script.helpers.ConnectionInfo;
import io.entwine.script.helpers.NodeHelper;

import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The vendor and Scala class names scripts written for Exalate use, and the Entwine class each stands for. The
 * names come from the published script corpus (STACK.md §3.1) and SCRIPTING.md: the hub objects, the issue key, the
 * trace types, the entity-level exception, the helper types scripts name in method signatures, {@code scala.Tuple2}
 * and the Scala collection converters. Interfaces only used as declared types ({@code ISyncRequest}) stand for
 * {@code Object}. Immutable.
 */
public final class VendorNames {
    private static final String V1 = "com.exalate.basic.domain.hubobject.v1.";
    private static final Map<String, Class<?>> NAMES = names();

    /** The packages of the mapped names: imports from these are allowed (the names in them resolve here). */
    public static final Set<String> PACKAGES = NAMES.keySet().stream()
            .map(n -> n.substring(0, n.lastIndexOf('.'))).collect(Collectors.toUnmodifiableSet());

    private VendorNames() {
    }

    /** The Entwine class standing for this fully qualified vendor name, or null when it is not one we map. */
    public static Class<?> target(String name) {
        return NAMES.get(name);
    }

    /** True for a name in the vendor's or Scala's namespace, mapped or not. */
    public static boolean isVendorName(String name) {
        return name.startsWith("com.exalate.") || name.startsWith("scala.");
    }

    private static Map<String, Class<?>> names() {
        Map<String, Class<?>> m = new HashMap<>();
        m.put("com.exalate.api.exception.IssueTrackerException", IssueTrackerException.class);
        m.put("com.exalate.basic.domain.BasicIssueKey", EntityKey.class);
        m.put("com.exalate.api.domain.IIssueKey", EntityKey.class);
        m.put(V1 + "BasicHubIssue", HubIssue.class);
        m.put(V1 + "BasicHubUser", BasicHubUser.class);
        m.put(V1 + "BasicHubOption", HubOption.class);
        m.put(V1 + "BasicHubComment", HubComment.class);
        m.put(V1 + "BasicHubAttachment", HubAttachment.class);
        m.put(V1 + "BasicHubWorkLog", HubWorkLog.class);
        m.put(V1 + "BasicHubIssueLink", HubIssueLink.class);
        m.put(V1 + "BasicHubCustomField", HubCustomField.class);
        m.put(V1 + "BasicHubStatus", HubStatus.class);
        m.put(V1 + "BasicHubPriority", HubPriority.class);
        m.put(V1 + "BasicHubResolution", HubResolution.class);
        m.put(V1 + "BasicHubIssueType", HubIssueType.class);
        m.put(V1 + "BasicHubLabel", HubLabel.class);
        m.put(V1 + "BasicHubProject", HubProject.class);
        m.put(V1 + "BasicHubComponent", HubComponent.class);
        m.put(V1 + "BasicHubVersion", HubVersion.class);
        m.put(V1 + "BasicHubSecurityLevel", HubSecurityLevel.class);
        for (String v : new String[] {"v1", "v1_2", "v1_3"}) {
            String api = "com.exalate.api.domain.hubobject." + v + ".";
            m.put(api + "HubCustomFieldType", CustomFieldType.class);
            m.put(api + "IHubIssueReplica", HubIssue.class);
            m.put(api + "IHubCustomField", HubCustomField.class);
            m.put(api + "IHubUser", BasicHubUser.class);
            m.put(api + "IHubComment", HubComment.class);
        }
        m.put("com.exalate.api.domain.hubobject.EntityType", String.class);
        m.put("com.exalate.basic.domain.BasicNonPersistentTrace", Trace.class);
        m.put("com.exalate.api.domain.twintrace.INonPersistentTrace", Trace.class);
        m.put("com.exalate.api.domain.twintrace.ITrace", Trace.class);
        m.put("com.exalate.api.domain.twintrace.TraceType", TraceType.class);
        m.put("com.exalate.api.domain.twintrace.TraceAction", TraceAction.class);
        m.put("com.exalate.api.domain.connection.IConnection", ConnectionInfo.class);
        m.put("com.exalate.api.domain.request.ISyncRequest", Object.class);
        m.put("com.exalate.hubobject.jira.AttachmentHelper", AttachmentHelper.class);
        m.put("com.exalate.hubobject.jira.CommentHelper", CommentHelper.class);
        m.put("com.exalate.hubobject.jira.NodeHelper", NodeHelper.class);
        m.put("scala.Tuple2", Tuple2.class);
        m.put("scala.collection.JavaConverters", JavaConverters.class);
        m.put("scala.collection.JavaConversions", JavaConverters.class);
        return Map.copyOf(m);
    }
}
