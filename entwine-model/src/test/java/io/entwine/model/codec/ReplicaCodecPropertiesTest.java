package io.entwine.model.codec;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.entwine.api.replica.HubIssue;
import io.entwine.model.testing.Property;
import io.entwine.model.testing.RandomReplicas;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ReplicaCodecPropertiesTest {

    @Test
    void randomIssuesSurviveTheCodecUnchanged() {
        Property.check("fromJson(toJson(x)) equals x", 1000, (random, i) -> {
            HubIssue issue = new RandomReplicas(random).issue();
            HubIssue back = ReplicaCodec.fromJson(ReplicaCodec.toJson(issue));
            assertThat(back).usingRecursiveComparison().isEqualTo(issue);
            assertThat(back).isEqualTo(issue);
        });
    }

    @Test
    void canonicalStringIsStableAcrossRoundTripsAndCopies() {
        Property.check("canonical string is stable", 1000, (random, i) -> {
            HubIssue issue = new RandomReplicas(random).issue();
            String json = ReplicaCodec.toJsonString(issue);
            assertThat(ReplicaCodec.toJsonString(ReplicaCodec.fromJsonString(json))).isEqualTo(json);
            assertThat(ReplicaCodec.toJsonString(issue.copy())).isEqualTo(json);
            assertThat(json).startsWith("{\"$schema\":\"entwine/replica/v1\"");
        });
    }

    @Test
    void equalReplicasGiveIdenticalStringsWhateverTheMapInsertionOrder() {
        Property.check("map insertion order does not change the canonical string", 500, (random, i) -> {
            HubIssue issue = new RandomReplicas(random).issue();
            HubIssue shuffled = issue.copy();
            reinsertShuffled(shuffled.getCustomFields(), random);
            reinsertShuffled(shuffled.getCustomKeys(), random);
            assertThat(shuffled).isEqualTo(issue);
            assertThat(ReplicaCodec.toJsonString(shuffled)).isEqualTo(ReplicaCodec.toJsonString(issue));
        });
    }

    @Test
    void unknownTopLevelPropertiesSurviveWithIdenticalJsonValues() {
        Property.check("unknown top-level properties survive", 1000, (random, i) -> {
            RandomReplicas gen = new RandomReplicas(random);
            ObjectNode json = ReplicaCodec.toJson(gen.issue());
            for (String known : List.copyOf(propertyNames(json))) if (!ReplicaCodecPropertiesTest.isStandard(known)) json.remove(known);
            Map<String, JsonNode> unknown = new LinkedHashMap<>();
            for (int n = 1 + random.nextInt(4); n > 0; n--) {
                unknown.put(gen.extraName(), ReplicaValues.toJson(gen.nonNullValue(3)));
            }
            unknown.forEach(json::set);
            String text = ReplicaCodec.toJsonString(json);

            String again = ReplicaCodec.toJsonString(ReplicaCodec.fromJsonString(text));
            JsonNode reread = ReplicaCodec.parse(again);

            JsonNode original = ReplicaCodec.parse(text);
            for (String name : unknown.keySet()) {
                assertThat(reread.get(name)).as(name).isEqualTo(original.get(name));
                assertThat(ReplicaCodec.toJsonString(reread.get(name))).as(name).isEqualTo(ReplicaCodec.toJsonString(unknown.get(name)));
            }
            List<String> extrasInOrder = new ArrayList<>(propertyNames(reread));
            extrasInOrder.removeIf(ReplicaCodecPropertiesTest::isStandard);
            assertThat(extrasInOrder).containsExactlyElementsOf(unknown.keySet());
            assertThat(reread).isEqualTo(original);
            assertThat(again).isEqualTo(text);
        });
    }

    private static boolean isStandard(String name) {
        return io.entwine.model.ReplicaProperties.isReserved(name);
    }

    private static List<String> propertyNames(JsonNode node) {
        List<String> names = new ArrayList<>();
        node.properties().forEach(e -> names.add(e.getKey()));
        return names;
    }

    private static <V> void reinsertShuffled(Map<String, V> map, java.util.Random random) {
        List<Map.Entry<String, V>> entries = new ArrayList<>();
        map.forEach((k, v) -> entries.add(Map.entry(k, v)));
        Collections.shuffle(entries, random);
        map.clear();
        entries.forEach(e -> map.put(e.getKey(), e.getValue()));
    }
}
