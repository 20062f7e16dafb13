package io.entwine.core.conflict;

import io.entwine.api.replica.HubIssue;
import io.entwine.model.diff.FieldConflict;
import io.entwine.model.diff.FieldMerge;
import io.entwine.model.diff.MergeResult;

import java.time.Instant;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Random;

/**
 * A pure simulation of two nodes syncing one twin, run on the engine's own merge ({@link FieldMerge}) and conflict
 * policy ({@link ConflictResolver}), with the engine's bookkeeping: a human edit is detected and sent when the outgoing
 * replica differs from the last sent one (recording when each field's value was first sent); an applied replica
 * writes the merged, policy-resolved result, stores the replica as "last received", the baseline (last sent plus what
 * the sync wrote) as "last sent", and answers with an ack whose baseline the peer stores as its "last received".
 * Messages travel in order per direction (the engine's per-twin lanes), with arbitrary interleaving across directions
 * and edits. Mapped fields: summary, description and the customKeys entry {@code k}; rules map them one to one.
 */
final class TwoSidedSimulation {
    static final List<String> FIELDS = List.of("summary", "description", "customKeys.k");
    private static final String[] VALUES = {"a", "b", "c", null};
    private static final String FORGOTTEN = "\u0000forgotten";

    private record Replica(HubIssue state, Instant updated) {
    }

    private record Ack(HubIssue baseline) {
    }

    static final class Side {
        final String name;
        final ConflictPolicy policy;
        /** The peer's policy as its messages carry it (null: a peer that does not say), and this side's role. */
        ConflictPolicy peerPolicy;
        boolean inviter;
        HubIssue entity;
        HubIssue lastSent;
        HubIssue lastReceived;
        final Map<String, Instant> sentAt = new HashMap<>();
        final Map<String, FieldConflict> open = new LinkedHashMap<>();
        final Deque<Object> outbox = new ArrayDeque<>();
        int conflicts;

        Side(String name, ConflictPolicy policy, HubIssue initial) {
            this.name = name;
            this.policy = policy;
            this.entity = initial.copy();
            this.lastSent = initial.copy();
            this.lastReceived = initial.copy();
        }

        void humanEdit(String field, String value, Instant now) {
            log(name + " edits " + field + "=" + value);
            set(entity, field, value);
            detect(now);
        }

        /** LOCAL_CHANGE: send when the replica differs from the last sent one. */
        void detect(Instant now) {
            HubIssue replica = project(entity);
            boolean changed = false;
            for (String f : FIELDS) {
                if (!Objects.equals(get(replica, f), get(lastSent, f))) {
                    sentAt.put(f, now);
                    changed = true;
                }
            }
            if (!changed) return;
            log(name + " sends " + show(replica));
            outbox.add(new Replica(replica, now));
            lastSent = replica.copy();
        }

        void receive(Object message, Instant now) {
            if (message instanceof Ack ack) {
                log(name + " gets ack " + show(ack.baseline()));
                lastReceived = ack.baseline().copy();
                return;
            }
            Replica replica = (Replica) message;
            HubIssue local = entity.copy();
            MergeResult merge = FieldMerge.merge(local, apply(local, lastReceived), apply(local, replica.state()));
            Resolution resolution = ConflictResolver.resolve(ConflictPolicy.effective(policy, peerPolicy, inviter), local, merge,
                    sentAt::get, replica.updated(), open.keySet());
            List<String> keptLocal = new ArrayList<>();
            for (ConflictDecision d : resolution.decisions()) {
                conflicts++;
                if (d.outcome() == ConflictOutcome.RAISED) open.put(d.conflict().field(), d.conflict());
                if (d.outcome() == ConflictOutcome.LOCAL_KEPT) keptLocal.add(d.conflict().field());
            }
            for (String f : open.keySet()) { // a blocked field remembers the latest remote value for "keep remote"
                FieldConflict c = open.get(f);
                open.put(f, new FieldConflict(f, c.localValue(), c.baseValue(), get(replica.state(), f)));
            }
            HubIssue written = resolution.target();
            log(name + " gets " + show(replica.state()) + " local " + show(local) + " base " + show(lastReceived) + " -> " + show(written) + " " + resolution.decisions());
            HubIssue baseline = lastSent.copy();
            for (String f : FIELDS) if (!Objects.equals(get(local, f), get(written, f))) set(baseline, f, get(written, f));
            entity = written;
            lastSent = baseline;
            lastReceived = replica.state().copy();
            outbox.add(new Ack(baseline.copy()));
            // the side that kept its own value sends it again, so the peer learns the decision
            for (String f : keptLocal) set(lastSent, f, FORGOTTEN);
            detect(now); // the tracker's webhook for the sync's own write: nothing else to send (no echo)
        }

        /** An admin resolves an open conflict: keep the local value, or take the remote one (last received). */
        void resolve(String field, boolean keepLocal, Instant now) {
            FieldConflict conflict = open.remove(field);
            if (keepLocal) {
                set(lastSent, field, FORGOTTEN); // sent again, so a peer that kept its own value learns ours
            } else {
                set(entity, field, (String) conflict.remoteValue());
            }
            detect(now);
        }
    }

    static final List<String> LOG = new ArrayList<>();
    static boolean logging;

    static void log(String line) {
        if (logging) LOG.add(line);
    }

    static String show(HubIssue i) {
        List<String> out = new ArrayList<>();
        for (String f : FIELDS) out.add(get(i, f));
        return out.toString();
    }

    final Side a;
    final Side b;
    private final Random random;
    private long tick;
    /** Every edit writes a value never seen before (no edit re-creates an earlier value: no A-B-A). */
    boolean uniqueValues = true;

    TwoSidedSimulation(ConflictPolicy policyA, ConflictPolicy policyB, long seed) {
        this.random = new Random(seed);
        HubIssue initial = new HubIssue();
        initial.setSummary("initial");
        initial.setDescription("initial");
        initial.getCustomKeys().put("k", "initial");
        this.a = new Side("A", policyA, initial);
        this.b = new Side("B", policyB, initial);
        // A invited, B accepted; each learns the other's policy from its replica messages
        a.inviter = true;
        a.peerPolicy = policyB;
        b.peerPolicy = policyA;
    }

    /** As if the peers sent no policy in their messages (an older peer): each side applies its own policy as is. */
    TwoSidedSimulation withoutPolicyExchange() {
        a.peerPolicy = null;
        b.peerPolicy = null;
        return this;
    }

    /** Runs {@code steps} random edits and deliveries, then delivers everything left (the sides stop changing). */
    void run(int steps) {
        for (int i = 0; i < steps; i++) {
            int choice = random.nextInt(4);
            if (choice == 0) edit(a);
            else if (choice == 1) edit(b);
            else if (choice == 2) deliver(a, b);
            else deliver(b, a);
        }
        drain();
    }

    /** Delivers every message in flight, in random interleaving of the two directions. */
    void drain() {
        while (!a.outbox.isEmpty() || !b.outbox.isEmpty()) {
            if (b.outbox.isEmpty() || (!a.outbox.isEmpty() && random.nextBoolean())) deliver(a, b);
            else deliver(b, a);
        }
    }

    private void edit(Side side) {
        Instant now = next();
        String value = uniqueValues ? side.name + now.getEpochSecond() % 100_000 : VALUES[random.nextInt(VALUES.length)];
        side.humanEdit(FIELDS.get(random.nextInt(FIELDS.size())), value, now);
    }

    private void deliver(Side from, Side to) {
        if (!from.outbox.isEmpty()) to.receive(from.outbox.poll(), next());
    }

    Instant next() {
        return Instant.ofEpochSecond(1_700_000_000L + ++tick);
    }

    Random random() {
        return random;
    }

    /** The mapped fields where the sides differ, as "field: A=.. B=..". */
    List<String> differences() {
        List<String> out = new ArrayList<>();
        for (String f : FIELDS) {
            if (!Objects.equals(get(a.entity, f), get(b.entity, f))) out.add(f + ": A=" + get(a.entity, f) + " B=" + get(b.entity, f));
        }
        return out;
    }

    static HubIssue project(HubIssue entity) {
        HubIssue replica = new HubIssue();
        for (String f : FIELDS) set(replica, f, get(entity, f));
        return replica;
    }

    /** The incoming rules: the mapped fields of the replica onto a copy of the local entity. */
    static HubIssue apply(HubIssue local, HubIssue replica) {
        HubIssue out = local.copy();
        for (String f : FIELDS) set(out, f, get(replica, f));
        return out;
    }

    static String get(HubIssue issue, String field) {
        return switch (field) {
            case "summary" -> issue.getSummary();
            case "description" -> issue.getDescription();
            default -> (String) issue.getCustomKeys().get("k");
        };
    }

    static void set(HubIssue issue, String field, String value) {
        switch (field) {
            case "summary" -> issue.setSummary(value);
            case "description" -> issue.setDescription(value);
            default -> {
                if (value == null) issue.getCustomKeys().remove("k");
                else issue.getCustomKeys().put("k", value);
            }
        }
    }
}
