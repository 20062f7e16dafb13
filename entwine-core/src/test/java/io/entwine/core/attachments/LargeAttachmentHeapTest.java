package io.entwine.core.attachments;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A 50 MB attachment crosses both nodes in a JVM whose whole heap (32 MB) is smaller than the file: the transfer
 * streams, never holding the content in memory. The child prints its peak heap, which the test reports.
 */
class LargeAttachmentHeapTest {
    private static final long FIFTY_MB = 50L * 1024 * 1024;

    @TempDir
    Path dir;

    @Test
    void aFiftyMegabyteAttachmentTransfersWithinA32MegabyteHeap() throws Exception {
        String javaBin = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Process child = new ProcessBuilder(List.of(javaBin, "-Xmx32m", "-XX:+UseSerialGC", "-cp", System.getProperty("java.class.path"),
                LargeTransferRun.class.getName(), dir.toString(), Long.toString(FIFTY_MB)))
                .redirectErrorStream(true).redirectOutput(dir.resolve("child.log").toFile()).start();
        assertThat(child.waitFor(120, TimeUnit.SECONDS)).as("the transfer finished within 2 minutes").isTrue();
        String output = Files.readString(dir.resolve("child.log"), StandardCharsets.UTF_8);

        assertThat(child.exitValue()).as(output).isZero();
        assertThat(output).contains("transferred=" + FIFTY_MB + " sha256ok=true");
        long peak = Long.parseLong(output.replaceAll("(?s).*peakHeapBytes=(\\d+).*", "$1"));
        System.out.println("50 MB attachment transfer: peak heap " + peak / (1024 * 1024) + " MB");
        assertThat(peak).isLessThan(32L * 1024 * 1024);
    }
}
