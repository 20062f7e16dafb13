package io.entwine.api.replica;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class HubCustomFieldTest {

    private static HubCustomField field(String type) {
        return new HubCustomField("cf", "Field", type, null);
    }

    @Test
    void aStringSelectsTheAllowedOptionWithThatText() {
        HubCustomField severity = field("option");
        severity.setOptions(List.of(new HubOption("1", "High"), new HubOption("2", "Low")));
        severity.setValue("Low");
        assertThat(severity.getValue()).isEqualTo(new HubOption("2", "Low"));
        severity.setValue("high");
        assertThat(severity.getValue()).isEqualTo(new HubOption("1", "High"));
        severity.setValue("Medium");
        assertThat(severity.getValue()).as("unknown text: the connector resolves it").isEqualTo(HubOption.named("Medium"));
        severity.setValue(List.of("Low"));
        assertThat(((HubOption) severity.getValue()).getId()).isEqualTo("2");
        ((HubOption) severity.getValue()).setValue("mutated");
        assertThat(severity.getOptions().get(1).getValue()).as("the allowed options are not shared").isEqualTo("Low");
        assertThatThrownBy(() -> severity.setValue(List.of("Low", "High")))
                .isInstanceOf(IllegalArgumentException.class).hasMessage("custom field 'Field' takes one value, got 2");
    }

    @Test
    void multiSelectFieldsTakeListsOfTextsOrOptions() {
        HubCustomField tags = field("com.atlassian.jira.plugin.system.customfieldtypes:multiselect");
        tags.setOptions(List.of(new HubOption("1", "red"), new HubOption("2", "blue")));
        tags.setValue(List.of("blue", new HubOption(null, "green"), Map.of("value", "red")));
        assertThat(tags.getValue()).isEqualTo(List.of(new HubOption("2", "blue"), HubOption.named("green"), new HubOption("1", "red")));
        tags.setValue("red");
        assertThat(tags.getValue()).isEqualTo(List.of(new HubOption("1", "red")));
        assertThat(tags.canonicalType()).isEqualTo("options");
    }

    @Test
    void cascadingValuesHaveAParentAndAChild() {
        HubCustomField region = field("cascadingselect");
        HubOption europe = new HubOption("10", "Europe");
        europe.setChildOptions(List.of(new HubOption("11", "France")));
        region.setOptions(List.of(europe));
        region.setValue(Map.of("parent", "Europe", "child", "France"));
        HubCascade value = (HubCascade) region.getValue();
        assertThat(value.getParent().getId()).isEqualTo("10");
        assertThat(value.getChild()).isEqualTo(new HubOption("11", "France"));
        region.setValue(List.of("Asia", "Japan"));
        assertThat(region.getValue()).isEqualTo(new HubCascade(HubOption.named("Asia"), HubOption.named("Japan")));
        region.setValue("Europe");
        assertThat(((HubCascade) region.getValue()).child()).isNull();
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "number   | 5            | 5",
            "number   | ' 12.50 '    | 12.50",
            "number   | 1e3          | 1E+3",
            "numeric  | 98765432109876543210 | 98765432109876543210",
            "text     | 42           | 42",
    })
    void numbersAndTextsConvertFromText(String type, String given, String expected) {
        HubCustomField f = field(type);
        f.setValue(given);
        assertThat(String.valueOf(f.getValue())).isEqualTo(expected);
    }

    @Test
    void numbersKeepTheirReplicaForm() {
        HubCustomField f = field("number");
        f.setValue(5);
        assertThat(f.getValue()).isEqualTo(5L);
        f.setValue(2.5d);
        assertThat(f.getValue()).isEqualTo(new BigDecimal("2.5"));
        f.setValue(BigInteger.TEN);
        assertThat(f.getValue()).isEqualTo(10L);
        f.setValue("");
        assertThat(f.getValue()).isNull();
        assertThatThrownBy(() -> f.setValue("many"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("custom field 'Field' is a number field and cannot be set from a String (many)");
    }

    @Test
    void datesUsersAndUntypedFields() {
        HubCustomField date = field("datepicker");
        date.setValue("2026-11-23");
        assertThat(date.getValue()).isEqualTo(LocalDate.of(2026, 11, 23));
        HubCustomField time = field("datetime");
        time.setValue("2026-11-23T10:00:00Z");
        assertThat(time.getValue()).isEqualTo(Instant.parse("2026-11-23T10:00:00Z"));
        HubCustomField user = field("userpicker");
        user.setValue("ann@example.com");
        assertThat(((HubUser) user.getValue()).email()).isEqualTo("ann@example.com");
        user.setValue(Map.of("key", "acc-1"));
        assertThat(user.getValue()).isEqualTo(new HubUser("acc-1", null, null, null, null));
        HubCustomField users = field("multiuserpicker");
        users.setValue(List.of("a", "b"));
        assertThat(users.getValue()).asList().extracting(u -> ((HubUser) u).key()).containsExactly("a", "b");
        HubCustomField free = field("com.example:whatever");
        Map<String, Object> anything = Map.of("x", List.of(1, 2));
        free.setValue(anything);
        assertThat(free.getValue()).isSameAs(anything);
        assertThat(free.canonicalType()).isNull();
    }
}
