package io.entwine.core.notify;

import io.entwine.api.errors.ConfigException;
import org.junit.jupiter.api.Test;

import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class NotifySettingsTest {

    @Test
    void defaultsToADigestEveryFiveMinutesAndAtMostFourAnHour() {
        NotifySettings d = NotifySettings.defaults();
        assertThat(d.digestInterval()).isEqualTo(Duration.ofMinutes(5));
        assertThat(d.persistAfter()).isEqualTo(Duration.ofHours(1));
        assertThat(d.remindEvery()).isEqualTo(Duration.ofHours(24));
        assertThat(d.maxPerHour()).isEqualTo(4);
    }

    @Test
    void namesTheSettingThatIsOutOfRange() {
        assertThatThrownBy(() -> new NotifySettings(Duration.ZERO, Duration.ofHours(1), Duration.ofHours(1), 4, 5))
                .isInstanceOf(ConfigException.class).hasMessage("notify.digestInterval must be positive, got PT0S");
        assertThatThrownBy(() -> new NotifySettings(Duration.ofMinutes(5), Duration.ofHours(1), Duration.ofHours(1), 0, 5))
                .isInstanceOf(ConfigException.class).hasMessage("notify.maxPerHour must be at least 1, got 0");
    }
}
