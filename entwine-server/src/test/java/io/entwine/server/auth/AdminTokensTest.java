package io.entwine.server.auth;

import io.entwine.api.errors.ConfigException;
import io.entwine.store.Database;
import io.entwine.store.DatabaseConfig;
import io.entwine.store.admintoken.AdminToken;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Clock;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class AdminTokensTest {
    private final Database database = Database.open(DatabaseConfig.h2Memory("tokens-" + UUID.randomUUID()));
    private final AdminTokens tokens = new AdminTokens(database, Clock.systemUTC());

    @AfterEach
    void close() {
        database.close();
    }

    @Test
    void aNewTokenIsAcceptedAndNamesItsRow() {
        IssuedToken issued = tokens.issue("ci");
        assertThat(issued.token()).matches("entwine_[0-9a-f]{12}_[A-Za-z0-9_-]{43}").startsWith("entwine_" + issued.id() + "_");
        assertThat(tokens.verify(issued.token())).map(AdminToken::id).hasValue(issued.id());
        assertThat(tokens.verify(" " + issued.token() + " ")).isPresent();
    }

    @Test
    void theDatabaseHoldsOnlyASaltedHashOfTheToken() throws Exception {
        IssuedToken a = tokens.issue("a");
        String secret = a.token().substring(("entwine_" + a.id() + "_").length());
        String dump = dump();
        assertThat(dump).contains(a.id()).doesNotContain(a.token()).doesNotContain(secret);
        AdminToken stored = tokens.list().get(0);
        assertThat(stored.hash()).isEqualTo(TokenFormat.hash(stored.salt(), secret)).hasSize(64);
        assertThat(stored.salt()).hasSize(32);
        IssuedToken b = tokens.issue("b");
        assertThat(tokens.list().get(1).salt()).isNotEqualTo(stored.salt());
        assertThat(b.token()).isNotEqualTo(a.token());
    }

    @Test
    void refusesMalformedUnknownAndAlteredTokens() {
        IssuedToken issued = tokens.issue("ci");
        String last = issued.token().substring(issued.token().length() - 1);
        String altered = issued.token().substring(0, issued.token().length() - 1) + (last.equals("A") ? "B" : "A");
        assertThat(tokens.verify(altered)).isEmpty();
        assertThat(tokens.verify("entwine_000000000000_" + "A".repeat(43))).isEmpty();
        assertThat(tokens.verify("nope")).isEmpty();
        assertThat(tokens.verify(null)).isEmpty();
        assertThat(tokens.verify(issued.token() + "x")).isEmpty();
    }

    @Test
    void aRevokedTokenIsRefusedAtOnceButTheLastValidOneCannotBeRevoked() {
        IssuedToken first = tokens.issue("first");
        IssuedToken second = tokens.issue("second");
        assertThat(tokens.revoke(first.id())).isEqualTo(Revocation.REVOKED);
        assertThat(tokens.verify(first.token())).isEmpty();
        assertThat(tokens.verify(second.token())).isPresent();
        assertThat(tokens.revoke(first.id())).isEqualTo(Revocation.ALREADY_REVOKED);
        assertThat(tokens.revoke("000000000000")).isEqualTo(Revocation.UNKNOWN);
        assertThat(tokens.revoke(second.id())).isEqualTo(Revocation.LAST_ACTIVE);
        assertThat(tokens.verify(second.token())).isPresent();
        assertThat(tokens.list()).extracting(AdminToken::name, AdminToken::active)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("first", false), org.assertj.core.groups.Tuple.tuple("second", true));
    }

    @Test
    void theFirstTokenIsMadeOnlyWhenTheNodeNeverHadOne() {
        IssuedToken first = tokens.issueFirstIfNone().orElseThrow();
        assertThat(first.name()).isEqualTo("initial");
        assertThat(tokens.issueFirstIfNone()).isEmpty();
        tokens.issue("other");
        tokens.revoke(first.id());
        tokens.revoke(tokens.list().get(1).id()); // refused: last valid
        assertThat(tokens.issueFirstIfNone()).isEmpty();
    }

    @Test
    void resetRevokesEveryTokenAndMakesANewOne() {
        IssuedToken a = tokens.issue("a");
        IssuedToken b = tokens.issue("b");
        IssuedToken reset = tokens.reset();
        assertThat(tokens.verify(a.token())).isEmpty();
        assertThat(tokens.verify(b.token())).isEmpty();
        assertThat(tokens.verify(reset.token())).isPresent();
        assertThat(reset.name()).isEqualTo("reset");
    }

    @Test
    void namesMustBeShortAndPlain() {
        assertThatThrownBy(() -> tokens.issue(" ")).isInstanceOf(ConfigException.class)
                .hasMessage("a token name must be 1-64 letters, digits, spaces or '.', '_', '@', '-', starting with a letter or digit; got ' '");
        assertThatThrownBy(() -> tokens.issue("x".repeat(65))).isInstanceOf(ConfigException.class);
        assertThat(tokens.issue("alice@example.com").name()).isEqualTo("alice@example.com");
    }

    private String dump() throws Exception {
        StringBuilder out = new StringBuilder();
        try (var jdbc = database.dataSource().getConnection(); Statement s = jdbc.createStatement(); ResultSet rs = s.executeQuery("SCRIPT")) {
            while (rs.next()) out.append(rs.getString(1)).append('\n');
        }
        return out.toString();
    }
}
