package io.entwine.connector.support;

import io.entwine.testkit.ManualClock;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/** Records every wait instead of taking it, and moves the manual clock on as if it had waited. */
final class RecordingSleeper implements Sleeper {
    private final ManualClock clock;
    final List<Duration> waits = new CopyOnWriteArrayList<>();

    RecordingSleeper(ManualClock clock) {
        this.clock = clock;
    }

    @Override
    public void sleep(Duration duration) {
        waits.add(duration);
        clock.advance(duration);
    }
}
