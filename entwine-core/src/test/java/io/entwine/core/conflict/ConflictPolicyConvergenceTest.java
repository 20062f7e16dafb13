package io.entwine.core.conflict;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Property: whatever the interleaving of concurrent edits on both sides, once both stop changing (and raised conflicts
 * are resolved) the two sides hold equal values in every mapped field. 1,000 seeded random histories per policy
 * pairing, on the engine's merge and conflict code (no HTTP); a failure names its seed. Every edit writes a value
 * never used before: a history where an edit re-creates an older value (A-B-A) can still end apart, since the
 * three-way merge then takes "same as the base" for "unchanged" (a known limit of the merge base the acks carry).
 */
class ConflictPolicyConvergenceTest {
    private static final int HISTORIES = 1_000;
    private static final int STEPS = 40;

    @Test
    void applyRemoteOnOneSideAndKeepLocalOnTheOtherConverge() {
        assertConverges(ConflictPolicy.APPLY_REMOTE, ConflictPolicy.KEEP_LOCAL, 1);
        assertConverges(ConflictPolicy.KEEP_LOCAL, ConflictPolicy.APPLY_REMOTE, 2);
    }

    @Test
    void newestWinsGivesBothSidesTheLaterOfTwoConcurrentEdits() {
        for (long seed = 0; seed < HISTORIES; seed++) {
            TwoSidedSimulation sim = new TwoSidedSimulation(ConflictPolicy.NEWEST_WINS, ConflictPolicy.NEWEST_WINS, seed);
            sim.a.humanEdit("summary", "from A", sim.next());
            sim.b.humanEdit("summary", "from B", sim.next());
            sim.drain();
            assertThat(sim.differences()).as("seed %d", seed).isEmpty();
            assertThat(sim.a.entity.getSummary()).isEqualTo("from B");
        }
    }

    @Test
    void raiseOnBothSidesConvergesWhenBothAdminsPickTheSameWinner() {
        assertConverges(ConflictPolicy.RAISE, ConflictPolicy.RAISE, 5);
    }

    @Test
    void theDefaultOnBothSidesConvergesOnTheAcceptingSidesValue() {
        assertConverges(ConflictPolicy.APPLY_REMOTE, ConflictPolicy.APPLY_REMOTE, 3);
        TwoSidedSimulation sim = new TwoSidedSimulation(ConflictPolicy.APPLY_REMOTE, ConflictPolicy.APPLY_REMOTE, 11);
        sim.a.humanEdit("summary", "from A", sim.next());
        sim.b.humanEdit("summary", "from B", sim.next());
        sim.drain();
        assertThat(sim.a.entity.getSummary()).isEqualTo("from B");
        assertThat(sim.b.entity.getSummary()).isEqualTo("from B");
    }

    @Test
    void keepLocalOnBothSidesConvergesToo() {
        assertConverges(ConflictPolicy.KEEP_LOCAL, ConflictPolicy.KEEP_LOCAL, 4);
    }

    @Test
    void applyRemoteOnBothSidesWithoutThePolicyExchangeSwapsValues() {
        // what an exchange of policies prevents: two identical symmetric policies swap concurrent values
        int diverged = 0;
        for (long seed = 0; seed < 200; seed++) {
            TwoSidedSimulation sim = new TwoSidedSimulation(ConflictPolicy.APPLY_REMOTE, ConflictPolicy.APPLY_REMOTE, seed)
                    .withoutPolicyExchange();
            sim.run(STEPS);
            if (!sim.differences().isEmpty()) diverged++;
        }
        assertThat(diverged).isPositive();
    }

    @Test
    void conflictsHappenInTheHistories() {
        int conflicts = 0;
        for (long seed = 0; seed < 100; seed++) {
            TwoSidedSimulation sim = new TwoSidedSimulation(ConflictPolicy.NEWEST_WINS, ConflictPolicy.NEWEST_WINS, seed);
            sim.run(STEPS);
            conflicts += sim.a.conflicts + sim.b.conflicts;
        }
        assertThat(conflicts).as("the generator makes concurrent edits of the same field").isGreaterThan(100);
    }

    private static void assertConverges(ConflictPolicy a, ConflictPolicy b, long stream) {
        List<String> failures = new ArrayList<>();
        for (int i = 0; i < HISTORIES; i++) {
            long seed = stream * 1_000_003L + i;
            TwoSidedSimulation sim = new TwoSidedSimulation(a, b, seed);
            sim.run(STEPS);
            resolveRaised(sim);
            if (!sim.differences().isEmpty() || !sim.a.open.isEmpty() || !sim.b.open.isEmpty()) {
                failures.add("seed " + seed + ": " + sim.differences() + " open A=" + sim.a.open.keySet() + " B=" + sim.b.open.keySet());
            }
        }
        assertThat(failures).as("%s/%s histories that did not converge", a, b).isEmpty();
    }

    /** Admins resolve every open conflict, agreeing on a winner per field; then the messages settle. */
    private static void resolveRaised(TwoSidedSimulation sim) {
        for (int round = 0; round < 5 && (!sim.a.open.isEmpty() || !sim.b.open.isEmpty()); round++) {
            Map<String, Boolean> winnerIsA = new java.util.HashMap<>();
            for (String f : TwoSidedSimulation.FIELDS) winnerIsA.put(f, sim.random().nextBoolean());
            for (String f : new ArrayList<>(sim.a.open.keySet())) sim.a.resolve(f, winnerIsA.get(f), sim.next());
            for (String f : new ArrayList<>(sim.b.open.keySet())) sim.b.resolve(f, !winnerIsA.get(f), sim.next());
            sim.drain();
        }
    }
}
