package io.entwine.model.fuzz;

import io.entwine.api.replica.HubIssue;
import io.entwine.model.codec.ReplicaCodec;
import io.entwine.model.codec.ReplicaFormatException;
import io.entwine.model.testing.RandomReplicas;
import io.entwine.testkit.fuzz.FuzzRun;
import io.entwine.testkit.fuzz.JsonMutator;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The replica decoder under mutated replicas (seeded from random valid ones): every input either decodes or is
 * refused with a {@link ReplicaFormatException}, within a second; and whatever decodes re-encodes to a canonical
 * form that decodes to the same replica (so a replica the node accepted can always be stored and sent on).
 * A 2,000-input smoke runs by default; {@code -Dentwine.fuzz=true -Dentwine.fuzz.execs=1000000} runs the full one.
 */
class ReplicaCodecFuzzTest {

    @Test
    void theDecoderAcceptsOrRefusesWithAFormatErrorAndNothingElse() {
        List<String> seeds = new ArrayList<>();
        RandomReplicas replicas = new RandomReplicas(new Random(FuzzRun.seed()));
        for (int i = 0; i < 64; i++) seeds.add(ReplicaCodec.toJsonString(replicas.issue()));
        seeds.add("{\"$schema\":\"entwine/replica/v1\"}");

        FuzzRun.Report report = new FuzzRun("replica decoder", Duration.ofSeconds(1)).run(FuzzRun.execs(2_000, 1_000_000), FuzzRun.seed(),
                random -> new JsonMutator(seeds, random)::next, ReplicaCodecFuzzTest::decode);

        assertThat(report.findings()).as(report.toString()).isEmpty();
        assertThat(report.outcomes()).containsKeys("decoded", "refused");
    }

    @Test
    void aNumberWithAnExponentBeyondAnIntIsAFormatErrorNotANumberFormatException() {
        // finding of the first smoke run (seed 20261123, exec 1087): BigDecimal's exponent overflow escaped the codec
        String json = "{\"$schema\":\"entwine/replica/v1\",\"extra\":31e9999993508}";
        assertThatThrownBy(() -> ReplicaCodec.fromJsonString(json))
                .isInstanceOf(ReplicaFormatException.class)
                .hasMessageStartingWith("replica: not valid JSON: a number is out of range");
    }

    @Test
    void aBlankValueOfADateCustomFieldReadsAsNoDate() {
        // finding of the 1,000,000-input run (seed 20261123, execs 92006 and 662566): a NullPointerException in
        // LenientTime.localDate, because a blank text is "no instant" and the date conversion did not expect that
        String json = "{\"$schema\":\"entwine/replica/v1\",\"customFields\":{\"Due\":{\"id\":\"cf9\",\"name\":\"Due\","
                + "\"type\":\"date\",\"value\":\" \"}}}";
        assertThat(ReplicaCodec.fromJsonString(json).getCustomFields().get("Due").getValue()).isNull();
    }

    @Test
    void aValueNestedDeeperThanAReplicaCanBeWrittenIsRefusedWhenRead() {
        // finding of the 1,000,000-input run with seed 7 (exec 511165): a customKeys value nested ~600 levels was
        // read, then refused when the same replica was written (stored or sent on)
        String deep = "[".repeat(600) + "]".repeat(600);
        for (String json : List.of("{\"$schema\":\"entwine/replica/v1\",\"customKeys\":{\"k\":" + deep + "}}",
                "{\"$schema\":\"entwine/replica/v1\",\"someExtra\":" + deep + "}")) {
            assertThatThrownBy(() -> ReplicaCodec.fromJsonString(json)).isInstanceOf(ReplicaFormatException.class)
                    .hasMessageContaining("nested deeper than 497 levels");
        }
        String deepest = "[".repeat(497) + "]".repeat(497);
        HubIssue read = ReplicaCodec.fromJsonString("{\"$schema\":\"entwine/replica/v1\",\"customFields\":{\"F\":{\"id\":\"f\","
                + "\"name\":\"F\",\"type\":\"any\",\"value\":" + deepest + "}},\"customKeys\":{\"k\":" + deepest + "}}");
        assertThat(ReplicaCodec.fromJsonString(ReplicaCodec.toJsonString(read)).getCustomKeys()).containsKey("k");
    }

    private static String decode(byte[] input) {
        HubIssue issue;
        try {
            issue = ReplicaCodec.fromJsonString(new String(input, StandardCharsets.UTF_8));
        } catch (ReplicaFormatException refused) {
            if (refused.path() == null || !refused.path().startsWith("replica") || refused.getMessage() == null
                    || !refused.getMessage().contains(" ")) {
                throw new AssertionError("a refusal must name the JSON path and the problem: " + refused.path() + " / " + refused.getMessage());
            }
            return "refused";
        }
        String canonical = ReplicaCodec.toJsonString(issue);
        HubIssue again = ReplicaCodec.fromJsonString(canonical);
        if (!ReplicaCodec.toJsonString(again).equals(canonical)) {
            throw new AssertionError("re-encoding a decoded replica is not stable: " + canonical);
        }
        return "decoded";
    }
}
