package io.entwine.testkit.faults;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.SocketException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicLong;

/**
 * A real loopback HTTP proxy in front of one node: start it with the node's URL as target and give the node the
 * proxy's {@link #url()} as {@code node.publicUrl}; the peer then sends its messages (and the tracker its
 * webhooks) through the proxy. Each {@code POST /peer/v1/messages} gets a {@link ProxyDecision} from the current
 * {@link FaultSchedule}; every other request passes untouched.
 *
 * <p>Actions: {@code PASS} forwards; {@code DROP} closes the connection unanswered (FIN) without forwarding;
 * {@code RESET} resets it (RST) without forwarding; {@code DROP_ANSWER} forwards, then resets instead of
 * answering; {@code DUPLICATE} forwards twice in a row and answers with the first answer; {@code DELAY} waits, then
 * forwards; {@code REORDER} holds the message until the next message has been forwarded (at most
 * {@code maxHold}), then forwards it, so the receiver sees the two in swapped order.
 *
 * <p>Thread-safe: one thread per client connection, HTTP/1.1 keep-alive. {@link #schedule} and {@link #heal} may
 * be called at any time and apply to the next message. The proxy only blocks its own threads.
 */
public final class FaultProxy implements AutoCloseable {
    /**
     * The node-to-node path and headers ({@code io.entwine.transport.PeerHeaders}), spelled out here because the
     * transport's own tests use this testkit; {@code FaultProxyContractTest} in entwine-it checks they agree.
     */
    static final String MESSAGES_PATH = "/peer/v1/messages";

    private static final Logger log = LoggerFactory.getLogger(FaultProxy.class);

    private final Upstream upstream;
    private final ReorderSlot reorder;
    private final ServerSocket server;
    private final ExecutorService connections = Executors.newCachedThreadPool(r -> {
        Thread t = new Thread(r, "fault-proxy-connection");
        t.setDaemon(true);
        return t;
    });
    private final Set<Socket> open = ConcurrentHashMap.newKeySet();
    private final AtomicLong arrivals = new AtomicLong();
    private final List<ProxiedMessage> handled = new ArrayList<>();
    private volatile FaultSchedule schedule = FaultSchedule.passAll();
    private volatile boolean closed;

    private FaultProxy(String target, Duration maxHold, int port) {
        this.upstream = new Upstream(Objects.requireNonNull(target, "target"));
        this.reorder = new ReorderSlot(Objects.requireNonNull(maxHold, "maxHold"));
        try {
            this.server = new ServerSocket(port, 50, InetAddress.getLoopbackAddress());
        } catch (IOException e) {
            throw new UncheckedIOException("fault proxy cannot listen on 127.0.0.1:" + port, e);
        }
        Thread acceptor = new Thread(this::acceptLoop, "fault-proxy-accept-" + server.getLocalPort());
        acceptor.setDaemon(true);
        acceptor.start();
    }

    /** Starts a proxy on a free loopback port in front of {@code targetBaseUrl}; a reordered message is held at most 2 s. */
    public static FaultProxy start(String targetBaseUrl) {
        return new FaultProxy(targetBaseUrl, Duration.ofSeconds(2), 0);
    }

    /** As {@link #start(String)}, on {@code port} (0 = any free port), holding a reordered message at most {@code maxHold}. */
    public static FaultProxy start(String targetBaseUrl, int port, Duration maxHold) {
        return new FaultProxy(targetBaseUrl, maxHold, port);
    }

    /** {@code http://127.0.0.1:PORT}: what the node behind it gives as its public URL. */
    public String url() {
        return "http://127.0.0.1:" + server.getLocalPort();
    }

    public int port() {
        return server.getLocalPort();
    }

    /** The schedule that decides the fate of the next messages. */
    public void schedule(FaultSchedule schedule) {
        this.schedule = Objects.requireNonNull(schedule, "schedule");
    }

    /** Every message passes from now on; a held message is released. */
    public void heal() {
        schedule(FaultSchedule.passAll());
        reorder.releaseHeld();
    }

    /** How many node-to-node messages arrived so far (resends included), handled or still in hand. */
    public long arrivals() {
        return arrivals.get();
    }

    /** The node-to-node messages handled so far, in the order their handling ended. */
    public List<ProxiedMessage> messages() {
        synchronized (handled) {
            return List.copyOf(handled);
        }
    }

    /** How many messages were handled with each action. */
    public Map<ProxyAction, Long> counts() {
        Map<ProxyAction, Long> counts = new EnumMap<>(ProxyAction.class);
        for (ProxiedMessage m : messages()) counts.merge(m.action(), 1L, Long::sum);
        return counts;
    }

    @Override
    public void close() {
        closed = true;
        reorder.releaseHeld();
        try {
            server.close();
        } catch (IOException ignored) {
            // closing anyway
        }
        for (Socket s : open) closeQuietly(s);
        connections.shutdownNow();
    }

    private void acceptLoop() {
        while (!closed) {
            try {
                Socket socket = server.accept();
                open.add(socket);
                connections.execute(() -> serve(socket));
            } catch (IOException e) {
                if (!closed) log.warn("fault proxy on {} stopped accepting: {}", url(), e.toString());
                return;
            }
        }
    }

    private void serve(Socket socket) {
        try {
            socket.setSoTimeout((int) Duration.ofMinutes(2).toMillis());
            InputStream in = new BufferedInputStream(socket.getInputStream());
            OutputStream out = new BufferedOutputStream(socket.getOutputStream());
            while (!closed) {
                HttpWire.Request request = HttpWire.readRequest(in);
                if (request == null) return;
                boolean peerMessage = request.method().equals("POST") && request.path().equals(MESSAGES_PATH);
                boolean keepOpen = peerMessage ? handleMessage(request, socket, out) : forwardAndAnswer(request, out);
                if (!keepOpen || request.wantsClose()) return;
            }
        } catch (IOException e) {
            log.debug("fault proxy connection ended: {}", e.toString());
        } finally {
            open.remove(socket);
            closeQuietly(socket);
        }
    }

    /** Applies the schedule's decision; returns whether the connection stays open. */
    private boolean handleMessage(HttpWire.Request request, Socket socket, OutputStream out) throws IOException {
        PeerMessage message = new PeerMessage(arrivals.incrementAndGet(), request.header("X-Entwine-Message-Id"),
                request.header("X-Entwine-Message-Type"), request.header("X-Entwine-Connection"));
        ProxyDecision decision = schedule.decide(message);
        ProxyAction action = decision.action();
        switch (action) {
            case DROP -> {
                record(message, action, 0, -1);
                return false;
            }
            case RESET -> {
                record(message, action, 0, -1);
                reset(socket);
                return false;
            }
            case DROP_ANSWER -> {
                HttpWire.Response answer = upstream.forward(request);
                record(message, action, 0, status(answer));
                reorder.releaseHeld();
                reset(socket);
                return false;
            }
            case DUPLICATE -> {
                HttpWire.Response answer = upstream.forward(request);
                upstream.forward(request);
                record(message, action, 0, status(answer));
                reorder.releaseHeld();
                return answer(out, answer);
            }
            case DELAY -> {
                pause(decision.delay());
                HttpWire.Response answer = upstream.forward(request);
                record(message, action, decision.delay().toMillis(), status(answer));
                reorder.releaseHeld();
                return answer(out, answer);
            }
            case REORDER -> {
                boolean heldHere = reorder.holdUntilNext();
                HttpWire.Response answer = upstream.forward(request);
                record(message, heldHere ? ProxyAction.REORDER : ProxyAction.PASS, 0, status(answer));
                if (!heldHere) reorder.releaseHeld();
                return answer(out, answer);
            }
            default -> {
                HttpWire.Response answer = upstream.forward(request);
                record(message, ProxyAction.PASS, 0, status(answer));
                reorder.releaseHeld();
                return answer(out, answer);
            }
        }
    }

    private boolean forwardAndAnswer(HttpWire.Request request, OutputStream out) throws IOException {
        return answer(out, upstream.forward(request));
    }

    private boolean answer(OutputStream out, HttpWire.Response response) throws IOException {
        if (response == null) {
            byte[] body = "{\"status\":\"error\",\"reason\":\"the node behind the fault proxy is unreachable\"}"
                    .getBytes(StandardCharsets.UTF_8);
            HttpWire.writeResponse(out, new HttpWire.Response(502, List.of(new HttpWire.Header("Content-Type", "application/json")), body), true);
            return false;
        }
        HttpWire.writeResponse(out, response, false);
        return true;
    }

    private void record(PeerMessage message, ProxyAction action, long delayMillis, int upstreamStatus) {
        ProxiedMessage entry = new ProxiedMessage(message.sequence(), message.messageId(), message.type(), action, delayMillis, upstreamStatus);
        synchronized (handled) {
            handled.add(entry);
        }
        if (action != ProxyAction.PASS) log.info("fault proxy {}: {} message {} ({}), node answered {}", url(), action,
                message.messageId(), message.type(), upstreamStatus);
    }

    private static int status(HttpWire.Response response) {
        return response == null ? -1 : response.status();
    }

    private static void pause(Duration delay) {
        try {
            Thread.sleep(delay.toMillis()); // the injected delay itself
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static void reset(Socket socket) {
        try {
            socket.setSoLinger(true, 0); // close with RST instead of FIN
        } catch (SocketException ignored) {
            // closing anyway
        }
        closeQuietly(socket);
    }

    private static void closeQuietly(Socket socket) {
        try {
            socket.close();
        } catch (IOException ignored) {
            // nothing left to do
        }
    }
}
