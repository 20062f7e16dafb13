package io.entwine.store.queue;

import io.entwine.store.DatabaseConfig;
import io.entwine.store.StoreContract;
import io.entwine.store.TestDatabases;
import io.entwine.testkit.EmbeddedPostgresExtension;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class TmpTimingTest extends StoreContract {
    @RegisterExtension
    static final EmbeddedPostgresExtension PG = new EmbeddedPostgresExtension();
    private final DatabaseConfig h2 = TestDatabases.h2Memory();
    @Override protected DatabaseConfig config() { return System.getenv("PGT") != null ? TestDatabases.postgres(PG) : h2; }

    @Test
    void fewTwins() { time(60, 6000); }

    @Test
    void manyTwins() { time(3000, 6000); }

    void time(int twinCount, int events) {
        String c = newConnection("c");
        List<Long> twins = new ArrayList<>();
        for (int i = 0; i < twinCount; i++) twins.add(newTwin(c, "k" + i));
        long t0 = System.nanoTime();
        for (int b = 0; b < events / 100; b++) {
            List<NewEvent> batch = new ArrayList<>();
            for (int i = 0; i < 100; i++) batch.add(NewEvent.of(c, twins.get((b * 100 + i) % twinCount), EventKind.SEND, null));
            run(tx -> tx.queue().enqueueAll(batch));
        }
        long t1 = System.nanoTime();
        if (System.getenv("PGT") != null) try (var conn = db.dataSource().getConnection(); var st = conn.createStatement()) { st.execute("ANALYZE sync_events"); } catch (Exception ex) { throw new RuntimeException(ex); }
        String[] qs = {
          "EXPLAIN ANALYZE SELECT e.id FROM sync_events e WHERE e.lane_head = TRUE AND ((e.status = 'PENDING' AND e.next_attempt_at <= TIMESTAMP WITH TIME ZONE '2030-01-01 00:00:00+00') OR (e.status = 'RUNNING' AND e.lease_until <= TIMESTAMP WITH TIME ZONE '2030-01-01 00:00:00+00')) AND NOT EXISTS (SELECT 1 FROM connections c WHERE c.id = e.connection_id AND c.status = 'PAUSED') ORDER BY e.lane_head, e.id LIMIT 32",
          "EXPLAIN ANALYZE UPDATE sync_events SET lane_head = TRUE WHERE lane_head = FALSE AND id = (SELECT u.id FROM sync_events u WHERE u.twin_id = " + twins.get(1) + " AND u.status IN ('PENDING', 'RUNNING', 'FAILED') ORDER BY u.id LIMIT 1)"};
        for (String q : qs) {
        try (var conn = db.dataSource().getConnection(); var st = conn.createStatement();
             var rs = st.executeQuery(q)) {
            while (rs.next()) System.out.println(rs.getString(1));
        } catch (Exception ex) { throw new RuntimeException(ex); }
        }
        long claimNs = 0, completeNs = 0; int n = 0, claims = 0;
        while (true) {
            long a = System.nanoTime();
            List<SyncEvent> got = tx(tx -> tx.queue().claim(clock.instant(), 8, "w", Duration.ofMinutes(1)));
            claimNs += System.nanoTime() - a;
            claims++;
            if (got.isEmpty()) break;
            a = System.nanoTime();
            run(tx -> { for (SyncEvent e : got) tx.queue().complete(e.id(), "w"); });
            n += got.size();
            completeNs += System.nanoTime() - a;
        }
        System.out.printf("%s twins=%d: enqueue %d ms, %d claims %d ms (%.2f ms each), complete %d ms, n=%d%n", db.dialect().name(), twinCount,
                (t1 - t0) / 1_000_000, claims, claimNs / 1_000_000, claimNs / 1e6 / claims, completeNs / 1_000_000, n);
    }
}
