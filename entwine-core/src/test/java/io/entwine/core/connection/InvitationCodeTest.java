package io.entwine.core.connection;

import io.entwine.api.errors.ConfigException;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class InvitationCodeTest {
    private final byte[] secret = new byte[32];

    @Test
    void roundTripsEveryPart() {
        secret[0] = 7;
        InvitationCode code = new InvitationCode("id-1", "jira-github", "jira-node", "http://a:1", secret, "tok");
        InvitationCode back = InvitationCode.decode(code.encode());
        assertThat(back.connectionId()).isEqualTo("id-1");
        assertThat(back.connectionName()).isEqualTo("jira-github");
        assertThat(back.inviterName()).isEqualTo("jira-node");
        assertThat(back.inviterUrl()).isEqualTo("http://a:1");
        assertThat(back.secret()).isEqualTo(secret);
        assertThat(back.token()).isEqualTo("tok");
    }

    @Test
    void rejectsSomethingThatIsNotACode() {
        assertThatThrownBy(() -> InvitationCode.decode("hello")).isInstanceOf(ConfigException.class)
                .hasMessage("not an Entwine invitation code: it must start with 'entwine1.'");
    }

    @Test
    void rejectsADamagedCodeSayingWhy() {
        assertThatThrownBy(() -> InvitationCode.decode("entwine1.!!!")).isInstanceOf(ConfigException.class)
                .hasMessageStartingWith("invitation code is damaged (cannot decode it)");
        String noSecret = "entwine1." + java.util.Base64.getUrlEncoder().withoutPadding()
                .encodeToString("{\"connectionId\":\"x\",\"url\":\"http://a\",\"token\":\"t\"}".getBytes());
        assertThatThrownBy(() -> InvitationCode.decode(noSecret)).hasMessage("invitation code is damaged: 'secret' is missing");
    }
}
