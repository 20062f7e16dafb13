package io.entwine.emulator.core;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Predicate;

/**
 * Bounded, thread-safe journal of the exchanges an emulator served. Tests take a {@link #mark()} before an
 * action and count the writes after it to prove a change caused exactly the writes it needs (no echo).
 */
public final class RequestJournal {
    private final int capacity;
    private final AtomicLong sequence = new AtomicLong();
    private final AtomicLong writes = new AtomicLong();
    private final ArrayList<RecordedExchange> entries = new ArrayList<>();

    public RequestJournal(int capacity) {
        this.capacity = capacity;
    }

    public long nextSequence() {
        return sequence.incrementAndGet();
    }

    public void record(RecordedExchange exchange) {
        if (exchange.isWrite() && exchange.status() < 400) writes.incrementAndGet();
        synchronized (entries) {
            if (entries.size() >= capacity) entries.subList(0, capacity / 4).clear();
            entries.add(exchange);
        }
    }

    /** The sequence number of the latest exchange; pass it to {@link #since(long)}. */
    public long mark() {
        return sequence.get();
    }

    /** Successful writes (2xx/3xx POST, PUT, PATCH, DELETE) since the emulator started. */
    public long successfulWrites() {
        return writes.get();
    }

    /** Exchanges recorded after the given mark, oldest first. */
    public List<RecordedExchange> since(long mark) {
        synchronized (entries) {
            List<RecordedExchange> out = new ArrayList<>();
            for (RecordedExchange e : entries) if (e.sequence() > mark) out.add(e);
            return out;
        }
    }

    public List<RecordedExchange> matching(Predicate<RecordedExchange> filter) {
        synchronized (entries) {
            return entries.stream().filter(filter).toList();
        }
    }

    public List<RecordedExchange> all() {
        synchronized (entries) {
            return List.copyOf(entries);
        }
    }

    public void clear() {
        synchronized (entries) {
            entries.clear();
        }
    }
}
