package io.entwine.core.notify;

import io.entwine.api.errors.ConfigException;
import java.time.Duration;
import java.util.Objects;

/**
 * How admins are notified: a digest is assembled every {@code digestInterval}; an error still open
 * {@code persistAfter} after it was first seen is reported again as persisting, and then at most once every
 * {@code remindEvery}; at most {@code maxPerHour} digests are sent in any hour; each group shows up to
 * {@code examplesPerGroup} errors.
 */
public record NotifySettings(Duration digestInterval, Duration persistAfter, Duration remindEvery, int maxPerHour,
                             int examplesPerGroup) {

    public NotifySettings {
        positive("digestInterval", digestInterval);
        positive("persistAfter", persistAfter);
        positive("remindEvery", remindEvery);
        if (maxPerHour < 1) throw new ConfigException("notify.maxPerHour must be at least 1, got " + maxPerHour);
        if (examplesPerGroup < 1) throw new ConfigException("notify.examplesPerGroup must be at least 1, got " + examplesPerGroup);
    }

    /** Every 5 minutes; persisting after 1 hour, reminded daily; at most 4 digests an hour; 5 examples per group. */
    public static NotifySettings defaults() {
        return new NotifySettings(Duration.ofMinutes(5), Duration.ofHours(1), Duration.ofHours(24), 4, 5);
    }

    private static void positive(String name, Duration value) {
        Objects.requireNonNull(value, "notify." + name);
        if (value.isZero() || value.isNegative()) throw new ConfigException("notify." + name + " must be positive, got " + value);
    }
}
