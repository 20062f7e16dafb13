package io.entwine.it;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One run of the Entwine command line ({@code io.entwine.server.cli.Main}, or another main class) in a JVM of its own, built from the test
 * JVM's own Java and classpath so nothing needs packaging. Its stdout and stderr go to one log file per start
 * ({@code <name>.<start>.log}), kept for diagnosis. Not thread-safe: one owner starts, waits on and kills it.
 */
final class ChildJvm {
    private static final String MAIN = "io.entwine.server.cli.Main";
    private static final List<ChildJvm> LIVE = new ArrayList<>();

    static {
        // a test JVM that dies must not leave nodes or emulators behind
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            synchronized (LIVE) {
                LIVE.forEach(c -> c.process.destroyForcibly());
            }
        }, "crash-children-reaper"));
    }

    private final Process process;
    private final Path log;

    private ChildJvm(Process process, Path log) {
        this.process = process;
        this.log = log;
    }

    /**
     * Starts {@code Main args...} (the {@code entwine} command line) and returns at once.
     *
     * @throws UncheckedIOException when the JVM cannot be launched
     */
    static ChildJvm start(Path log, List<String> args) {
        return start(log, MAIN, args);
    }

    /** Starts {@code mainClass args...} from the test classpath and returns at once. */
    static ChildJvm start(Path log, String mainClass, List<String> args) {
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.addAll(List.of("-Xmx384m", "-XX:+UseSerialGC", "-XX:TieredStopAtLevel=1", "-Djava.awt.headless=true"));
        command.add("-cp");
        command.add(classpath());
        command.add(mainClass);
        command.addAll(args);
        try {
            Files.createDirectories(log.getParent());
            Process process = new ProcessBuilder(command).redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.to(log.toFile())).start();
            ChildJvm child = new ChildJvm(process, log);
            synchronized (LIVE) {
                LIVE.add(child);
            }
            return child;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot start " + String.join(" ", args) + " in a child JVM", e);
        }
    }

    /**
     * The test's runtime classpath. Failsafe may run the tests from a manifest-only jar; it then names the real
     * classpath in {@code surefire.test.class.path}.
     */
    private static String classpath() {
        String real = System.getProperty("surefire.test.class.path");
        return real != null && !real.isBlank() ? real : System.getProperty("java.class.path");
    }

    long pid() {
        return process.pid();
    }

    Path log() {
        return log;
    }

    boolean alive() {
        return process.isAlive();
    }

    /** SIGKILL (on Linux {@link Process#destroyForcibly()} sends it): no shutdown hook, no flush, no goodbye. */
    void kill() {
        process.destroyForcibly();
        awaitExit(Duration.ofSeconds(30));
    }

    /** SIGTERM: the shutdown hooks close the node or emulator cleanly. Kills it if it does not stop in time. */
    void stop() {
        process.destroy();
        if (!awaitExit(Duration.ofSeconds(20))) kill();
    }

    private boolean awaitExit(Duration within) {
        try {
            boolean exited = process.waitFor(within.toMillis(), TimeUnit.MILLISECONDS);
            if (exited) {
                synchronized (LIVE) {
                    LIVE.remove(this);
                }
            }
            return exited;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    /**
     * Waits until the output holds a line matching {@code pattern} and returns its first group (or the whole match).
     *
     * @throws IllegalStateException when the process exits first or the line does not come within {@code within};
     *                               the message names the log file
     */
    String awaitOutput(Pattern pattern, Duration within) {
        long deadline = System.nanoTime() + within.toNanos();
        while (System.nanoTime() < deadline) {
            Optional<String> found = find(pattern);
            if (found.isPresent()) return found.get();
            if (!process.isAlive()) {
                throw new IllegalStateException("child exited with " + process.exitValue() + " before printing '" + pattern
                        + "'; see " + log);
            }
            try {
                process.waitFor(100, TimeUnit.MILLISECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("interrupted while waiting for " + log, e);
            }
        }
        throw new IllegalStateException("no line matching '" + pattern + "' within " + within + "; see " + log);
    }

    Optional<String> find(Pattern pattern) {
        try {
            if (!Files.exists(log)) return Optional.empty();
            Matcher m = pattern.matcher(Files.readString(log, StandardCharsets.UTF_8));
            if (!m.find()) return Optional.empty();
            return Optional.of(m.groupCount() > 0 ? m.group(1) : m.group());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + log, e);
        }
    }

    @Override
    public String toString() {
        return "pid " + pid() + " (log " + log + ")";
    }
}
