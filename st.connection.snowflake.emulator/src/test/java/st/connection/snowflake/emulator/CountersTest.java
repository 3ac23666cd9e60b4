package st.connection.snowflake.emulator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/** Counters, the requestId replay and requests the emulator does not implement. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class CountersTest {
    private SnowflakeEmulator sf;

    @BeforeAll
    void start() {
        sf = SnowflakeEmulator.builder().user(Driver.USER, Driver.PASSWORD).start();
    }

    @AfterAll
    void stop() {
        sf.close();
    }

    @BeforeEach
    void reset() {
        sf.resetFaults();
        sf.resetCounters();
    }

    @Test
    void countsLoginsQueriesSessionsAndHeartbeats() throws SQLException {
        assertThatThrownBy(() -> Driver.connect(sf, sf.connectionProperties(Driver.USER, "wrong")))
                .isInstanceOf(SQLException.class);
        try (Connection first = Driver.connect(sf); Connection second = Driver.connect(sf)) {
            run(first, "select 1");
            run(first, "select 2");
            run(second, "select 3");
            assertThat(first.isValid(2)).isTrue();
            assertThat(second.isValid(2)).isTrue();

            assertThat(sf.loginCount()).isEqualTo(2);
            assertThat(sf.failedLoginCount()).isEqualTo(1);
            assertThat(sf.queryCount()).isEqualTo(3);
            assertThat(sf.queryCount(Driver.sessionId(first))).isEqualTo(2);
            assertThat(sf.queryCount(Driver.sessionId(second))).isEqualTo(1);
            assertThat(sf.openSessionCount()).isEqualTo(2);
            assertThat(sf.heartbeatCount()).isEqualTo(2);

            sf.resetCounters();
            assertThat(sf.loginCount()).isZero();
            assertThat(sf.failedLoginCount()).isZero();
            assertThat(sf.queryCount()).isZero();
            assertThat(sf.queryCount(Driver.sessionId(first))).isZero();
            assertThat(sf.heartbeatCount()).isZero();
            assertThat(sf.openSessionCount()).isEqualTo(2);
        }
        assertThat(sf.openSessionCount()).isZero();
    }

    @Test
    void repeatedRequestIdGetsTheFirstAnswerWithoutRunningTwice() throws Exception {
        sf.execute("create table replayed(id int)");
        RawClient client = new RawClient(sf);
        String token = client.login(Driver.USER, Driver.PASSWORD).path("data").path("token").asText();
        String insert = "{\"sqlText\":\"insert into replayed values (1)\",\"sequenceId\":1}";

        JsonNode first = client.send("POST", "/queries/v1/query-request?requestId=r-1", token, insert);
        JsonNode retry = client.send("POST", "/queries/v1/query-request?requestId=r-1", token, insert);
        JsonNode other = client.send("POST", "/queries/v1/query-request?requestId=r-2", token, insert);

        assertThat(first.path("success").asBoolean()).isTrue();
        assertThat(retry).isEqualTo(first);
        assertThat(other.path("data").path("queryId")).isNotEqualTo(first.path("data").path("queryId"));
        assertThat(sf.queryCount()).isEqualTo(2);
        assertThat(sf.execute("delete from replayed")).isEqualTo(2);
    }

    @Test
    void unsupportedRequestsAnswerAClearErrorAndAreCounted() throws IOException {
        JsonNode answer = new RawClient(sf).send("POST", "/session/authenticator-request", null, null);
        assertThat(answer.path("success").asBoolean()).isFalse();
        assertThat(answer.path("code").asInt()).isEqualTo(SnowflakeErrorCodes.UNSUPPORTED_REQUEST);
        assertThat(answer.path("message").asText()).contains("POST /session/authenticator-request");
        assertThat(sf.unsupportedRequestCount()).isEqualTo(1);
    }

    @Test
    void telemetryIsAcceptedAndIgnored() throws IOException {
        JsonNode answer = new RawClient(sf).send("POST", "/telemetry/send", "ST:any", "{\"logs\":[]}");
        assertThat(answer.path("success").asBoolean()).isTrue();
        assertThat(sf.unsupportedRequestCount()).isZero();
    }

    @Test
    void requestsWithoutAValidTokenAnswer390111() throws IOException {
        JsonNode answer = new RawClient(sf).send("POST", "/queries/v1/query-request?requestId=x", "ST:forged",
                "{\"sqlText\":\"select 1\"}");
        assertThat(answer.path("success").asBoolean()).isFalse();
        assertThat(answer.path("code").asInt()).isEqualTo(SnowflakeErrorCodes.SESSION_NO_LONGER_EXISTS);
        assertThat(sf.queryCount()).isZero();
    }

    private static void run(Connection c, String sql) throws SQLException {
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery(sql)) {
            assertThat(rs.next()).isTrue();
        }
    }
}
