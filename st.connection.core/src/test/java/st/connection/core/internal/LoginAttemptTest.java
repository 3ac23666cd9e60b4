package st.connection.core.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;

import st.connection.api.Connector;
import st.connection.api.FormField;
import st.connection.api.LoginFailedException;
import st.connection.api.LoginForm;

class LoginAttemptTest {

    private static final LoginForm FORM = new LoginForm("reports", "fake", "Reports", List.of(FormField.text("user", ""),
            FormField.secret("password")), Map.of(), 0);

    /** The sentences core builds, and a connector's; the shipped connectors' own are checked the same way in FailureMessagesIT. */
    private static final List<String> MESSAGES = List.of(
            "The user name or password is not correct.",
            "Could not log in to Reports; the server log says why.",
            "The value for Password may not contain control characters.");

    /** A connector that refuses every login with a fixed sentence, and counts the calls. */
    private static final class RefusingConnector implements Connector<Object> {
        private final Exception refusal;
        private final AtomicInteger calls = new AtomicInteger();

        RefusingConnector(Exception refusal) {
            this.refusal = refusal;
        }

        @Override
        public Class<Object> type() {
            return Object.class;
        }

        @Override
        public Object connect(Map<String, Object> params) throws Exception {
            calls.incrementAndGet();
            throw refusal;
        }

        @Override
        public boolean isOpen(Object connection) {
            return false;
        }

        @Override
        public void close(Object connection) {
        }
    }

    private static String refusalFor(Connector<Object> connector, String user, String password) {
        Map<String, Object> entered = new HashMap<>(Map.of("user", user, "password", password.toCharArray()));
        try {
            new LoginAttempt<>(FORM, connector).connect(entered);
        } catch (LoginFailedException e) {
            return e.getMessage();
        }
        throw new AssertionError("logged in");
    }

    /** Each word as it stands in the sentence, and without its punctuation. */
    private static Set<String> wordsOf(String message) {
        Set<String> words = new LinkedHashSet<>();
        for (String word : message.split("\\s+")) {
            words.add(word);
            words.add(word.replaceAll("\\p{Punct}", ""));
        }
        words.remove("");
        return words;
    }

    @Test
    void aPasswordEqualToAWordOfTheMessageLeavesTheMessageAsItIs() {
        RefusingConnector credentials = new RefusingConnector(new LoginFailedException(MESSAGES.get(0)));
        RefusingConnector broken = new RefusingConnector(new SQLException("Connection is broken: localhost:9092"));
        List<String> changed = new ArrayList<>();
        for (String message : MESSAGES) {
            for (String word : wordsOf(message)) {
                String refusal = refusalFor(credentials, "alice", word);
                String failure = refusalFor(broken, "alice", word);
                if (!refusal.equals(MESSAGES.get(0)) || !failure.equals(MESSAGES.get(1))) {
                    changed.add(word + " -> " + refusal + " / " + failure);
                }
            }
        }
        assertThat(changed).isEmpty();
    }

    @Test
    void driverTextNeverReachesThePersonNotEvenWhenItHoldsTheEnteredValues() {
        String password = "hunter2-" + System.nanoTime();
        RefusingConnector echoing = new RefusingConnector(new SQLException("user alice with password " + password
                + " refused by db.internal.example:5432"));

        String refusal = refusalFor(echoing, "alice", password);

        assertThat(refusal).isEqualTo("Could not log in to Reports; the server log says why.");
    }

    @Test
    void theConnectorsOwnSentenceIsShownAsItIsWithItsCauseKeptForTheLog() {
        SQLException driver = new SQLException("Incorrect username or password was specified.", "08001", 390100);
        RefusingConnector connector = new RefusingConnector(new LoginFailedException(MESSAGES.get(0), driver));
        Map<String, Object> entered = new HashMap<>(Map.of("user", "alice", "password", "x".toCharArray()));

        assertThatThrownBy(() -> new LoginAttempt<>(FORM, connector).connect(entered))
                .isInstanceOf(LoginFailedException.class).hasMessage(MESSAGES.get(0)).hasCause(driver);
    }

    @Test
    void controlCharactersAndHugeValuesAreRefusedByFieldWithoutConnecting() {
        RefusingConnector connector = new RefusingConnector(new LoginFailedException(MESSAGES.get(0)));
        for (String value : List.of("a\u0000b", "alice\r\nINFO forged line", "tab\there", "\u007f", "\u0085", "a\u2028b")) {
            assertThat(refusalFor(connector, value, "secret")).as(value)
                    .isEqualTo("The value for User may not contain control characters.");
        }
        assertThat(refusalFor(connector, "alice", "pass\u0000word"))
                .isEqualTo("The value for Password may not contain control characters.");
        assertThat(refusalFor(connector, "x".repeat(LoginAttempt.MAX_VALUE_LENGTH + 1), "secret"))
                .isEqualTo("The value for User is too long (at most 4096 characters).");
        assertThat(connector.calls).hasValue(0);
    }

    @Test
    void aSecretMayHoldLineBreaksAndANameMayHoldAnyScript() {
        RefusingConnector connector = new RefusingConnector(new LoginFailedException(MESSAGES.get(0)));
        assertThat(refusalFor(connector, "Åsa 名前 ;:/#%00", "-----BEGIN KEY-----\r\nMIIB\tx\n-----END KEY-----"))
                .isEqualTo(MESSAGES.get(0));
        assertThat(connector.calls).hasValue(1);
    }

    @Test
    void logLinesShowControlCharactersAsQuestionMarksAndNoHugeValue() {
        assertThat(EnteredValue.printable("alice\r\nINFO forged")).isEqualTo("alice??INFO forged");
        assertThat(EnteredValue.printable("u".repeat(5000))).isEqualTo("u".repeat(100) + "...");
    }

    /** A connector that records what it received, with default options of its own. */
    private static FakeConnector recording(Map<String, Object> defaults) {
        return new FakeConnector() {
            @Override
            public Map<String, Object> defaultOptions() {
                return defaults;
            }
        };
    }

    private static Map<String, Object> receivedBy(LoginForm form, FakeConnector connector, Map<String, Object> entered)
            throws LoginFailedException {
        new LoginAttempt<>(form, connector).connect(new HashMap<>(entered));
        return connector.received.get(0);
    }

    @Test
    void ttlValidationIntervalAndCacheScopeAmongTheOptionsNeverReachTheConnector() throws Exception {
        LoginForm form = new LoginForm("orders", "fake", "Orders", List.of(FormField.text("user", "")),
                Map.of("url", "jdbc:h2:mem:orders", "ttl", "60", "validation.interval", "0", "cache.scope", "session"), 0);
        assertThat(receivedBy(form, recording(Map.of()), Map.of("user", "alice")))
                .isEqualTo(Map.of("url", "jdbc:h2:mem:orders", "user", "alice"));
    }

    @Test
    void emptyFieldsAreLeftOutAndAFieldNotSentTakesItsDefault() throws Exception {
        LoginForm form = new LoginForm("wh", "fake", "Warehouse", List.of(FormField.text("user", ""),
                FormField.secret("password"), FormField.text("role", ""), FormField.text("database", "PROJECT_DB"),
                FormField.text("schema", "PUBLIC")), Map.of(), 0);
        Map<String, Object> received = receivedBy(form, recording(Map.of()), Map.of("user", "alice", "password",
                "  ".toCharArray(), "role", "", "schema", ""));
        assertThat(received).containsOnlyKeys("user", "password", "database");
        assertThat(received.get("database")).isEqualTo("PROJECT_DB");
        assertThat((char[]) received.get("password")).as("spaces are a value").hasSize(2);
    }

    @Test
    void connectorDefaultsApplyOnlyWhereNeitherTheFormNorThePersonGaveAValue() throws Exception {
        LoginForm form = new LoginForm("wh", "fake", "Warehouse", List.of(FormField.text("user", ""),
                FormField.text("loginTimeout", ""), FormField.text("role", "")), Map.of("networkTimeout", "5"), 0);
        FakeConnector connector = recording(Map.of("loginTimeout", "60", "networkTimeout", "30", "role", "PUBLIC",
                "queryTimeout", "120"));
        Map<String, Object> received = receivedBy(form, connector, Map.of("user", "alice", "loginTimeout", "10",
                "role", ""));
        assertThat(received).isEqualTo(Map.of("user", "alice", "loginTimeout", "10", "networkTimeout", "5",
                "role", "PUBLIC", "queryTimeout", "120"));
    }

    @Test
    void theFormsFixedOptionsWinOverWhatAPersonTyped() throws Exception {
        LoginForm form = new LoginForm("h2", "fake", "H2", List.of(FormField.text("url", ""), FormField.text("user", "")),
                Map.of("url", "jdbc:h2:mem:fixed"), 0);
        Map<String, Object> received = receivedBy(form, recording(Map.of()), Map.of("user", "alice", "url",
                "jdbc:h2:mem:x;INIT=RUNSCRIPT FROM 'http://elsewhere/'", "account", "other"));
        assertThat(received).isEqualTo(Map.of("url", "jdbc:h2:mem:fixed", "user", "alice"));
    }
}
