package io.entwine.core.conflict;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.entwine.api.errors.ConfigException;

import java.util.Arrays;
import java.util.Locale;

/**
 * What this side does when both sides changed the same field differently since the last exchange.
 * <ul>
 *   <li>{@link #APPLY_REMOTE} (default): the received value overwrites the local edit.</li>
 *   <li>{@link #KEEP_LOCAL}: the local edit stays; the received value of that field is dropped.</li>
 *   <li>{@link #NEWEST_WINS}: the edit made later wins, by tracker timestamps (the time each side first sent its
 *       value); equal times are broken by the values themselves, so both sides pick the same winner.</li>
 *   <li>{@link #RAISE}: the local value stays and the field of that twin is blocked (incoming values for it are not
 *       applied) until an admin resolves the conflict; the twin's other fields keep syncing.</li>
 * </ul>
 * Both sides converge when their policies agree on a winner: {@code APPLY_REMOTE} on one side with
 * {@code KEEP_LOCAL} on the other, {@code NEWEST_WINS} on both, or {@code RAISE} resolved consistently. Two sides with
 * the same {@code APPLY_REMOTE} (the default) or the same {@code KEEP_LOCAL} would swap or keep their values and never
 * agree; each replica message carries its sender's policy, so then {@link #effective} breaks the tie by the
 * connection's roles.
 */
public enum ConflictPolicy {
    APPLY_REMOTE, KEEP_LOCAL, NEWEST_WINS, RAISE;

    /** The key under which a connection's settings JSON holds its policy. */
    public static final String SETTING = "conflictPolicy";
    private static final ObjectMapper JSON = new ObjectMapper();

    /** The policy in a connection's settings JSON; {@link #APPLY_REMOTE} when it names none. */
    public static ConflictPolicy of(String connectionSettingsJson) {
        if (connectionSettingsJson == null || connectionSettingsJson.isBlank()) return APPLY_REMOTE;
        try {
            JsonNode value = JSON.readTree(connectionSettingsJson).path(SETTING);
            return value.isTextual() ? parse(value.asText()) : APPLY_REMOTE;
        } catch (ConfigException e) {
            throw e;
        } catch (Exception e) {
            throw new ConfigException("connection settings are not valid JSON: " + e.getMessage());
        }
    }

    /**
     * The policy this side applies, knowing the peer's ({@code null}: unknown, an older peer): its own, except when both
     * sides hold the same {@code APPLY_REMOTE} or {@code KEEP_LOCAL} — symmetric policies that cannot converge — where
     * the inviting side applies the remote value and the accepting side keeps its own, so both end with the accepting
     * side's value. Pure.
     */
    public static ConflictPolicy effective(ConflictPolicy own, ConflictPolicy peer, boolean inviter) {
        if (peer != own || (own != APPLY_REMOTE && own != KEEP_LOCAL)) return own;
        return inviter ? APPLY_REMOTE : KEEP_LOCAL;
    }

    /** The policy named in a replica message ({@code null} or unknown text: null, as from a peer that sends none). */
    public static ConflictPolicy ofMessage(String name) {
        if (name == null) return null;
        for (ConflictPolicy p : values()) if (p.name().equals(name)) return p;
        return null;
    }

    /** {@code apply-remote}, {@code keep_local}, {@code NEWEST_WINS}, {@code raise}...; anything else is a {@code ConfigException}. */
    public static ConflictPolicy parse(String name) {
        String normal = name == null ? "" : name.trim().toUpperCase(Locale.ROOT).replace('-', '_');
        for (ConflictPolicy p : values()) if (p.name().equals(normal)) return p;
        throw new ConfigException("conflict policy '" + name + "' is not one of " + Arrays.toString(values()).toLowerCase(Locale.ROOT));
    }
}
