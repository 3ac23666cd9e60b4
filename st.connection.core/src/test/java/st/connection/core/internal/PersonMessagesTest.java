package st.connection.core.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.SQLException;

import org.junit.jupiter.api.Test;

import st.connection.api.LoginFailedException;

class PersonMessagesTest {

    @Test
    void takesTheFirstLineOfTheFirstMessageInTheChain() {
        Exception failure = new RuntimeException(null, new SQLException("Connection refused\n\tat somewhere"));
        assertThat(PersonMessages.summarize(failure)).isEqualTo("Connection refused");
    }

    @Test
    void keepsLoginFailureMessagesAsTheyAre() {
        assertThat(PersonMessages.summarize(new LoginFailedException("The user name or password is not correct.")))
                .isEqualTo("The user name or password is not correct.");
    }

    @Test
    void namesTheFailureWhenThereIsNoMessageAndShortensLongOnes() {
        assertThat(PersonMessages.summarize(new NullPointerException()))
                .isEqualTo("the data source failed without a message (NullPointerException)");
        assertThat(PersonMessages.summarize(new SQLException("x".repeat(1000)))).hasSize(303);
    }
}
