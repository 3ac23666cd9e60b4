package st.connection.core.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class SessionStatementsTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "USE DATABASE OTHER | USE",
        "use schema x | USE",
        "SET SCHEMA OTHER | SET",
        "set autocommit false | SET",
        "ALTER SESSION SET TIMEZONE = 'UTC' | ALTER SESSION",
        "BEGIN TRANSACTION | BEGIN",
        "START TRANSACTION | START",
        "SELECT 1; USE OTHER | USE",
        "/* a comment */ SET x = 1 | SET",
        "UNSET x | UNSET"})
    void findsStatementsThatChangeTheSession(String sql, String words) {
        assertThat(SessionStatements.sessionChange(sql)).isEqualTo(words);
    }

    @org.junit.jupiter.api.Test
    void looksPastLineComments() {
        assertThat(SessionStatements.sessionChange("-- a comment\nSET x = 1")).isEqualTo("SET");
    }

    @ParameterizedTest
    @ValueSource(strings = {"SELECT * FROM USERS", "UPDATE ITEMS SET NAME = 'x'", "SELECT 'USE x; SET y'",
        "INSERT INTO SESSIONS VALUES (1)", "ALTER TABLE T ADD C INT", "SELECT \"SET\" FROM T", "CALL F()"})
    void leavesOtherStatementsAlone(String sql) {
        assertThat(SessionStatements.sessionChange(sql)).isNull();
    }
}
