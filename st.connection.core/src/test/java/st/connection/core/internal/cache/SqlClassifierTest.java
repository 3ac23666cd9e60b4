package st.connection.core.internal.cache;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class SqlClassifierTest {

    @ParameterizedTest
    @ValueSource(strings = {"SELECT * FROM T", "  select 1", "/* hint */ SELECT 1", "-- note\nSELECT 1",
        "(SELECT 1) UNION (SELECT 2)", "WITH X AS (SELECT 1) SELECT * FROM X", "VALUES (1, 2)", "SHOW TABLES",
        "DESCRIBE T", "TABLE T", "SELECT INSERTED, UPDATED_AT FROM T", "SELECT 1 -- INSERT\n",
        "SELECT /* INTO */ NEXT_VALUE FROM T", "SELECT ID FROM NEXT WHERE VALUE_ = 1"})
    void readsAreCacheable(String sql) {
        assertThat(SqlClassifier.isRead(sql)).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"INSERT INTO T VALUES (1)", "UPDATE T SET A = 1", "DELETE FROM T", "MERGE INTO T KEY(ID) VALUES (1)",
        "CREATE TABLE T(ID INT)", "DROP TABLE T", "CALL F()", "ALTER SESSION SET TIMEZONE = 'UTC'", "USE DATABASE X",
        "SET SCHEMA S", "SELECT * FROM T FOR UPDATE", "WITH X AS (SELECT 1) INSERT INTO T SELECT * FROM X",
        "SELECT NEXT VALUE FOR SEQ", "select next  value for seq", "SELECT NEXTVAL('S')", "COMMIT", "", "   ",
        "/* only a comment */", "{call f()}", "SELECT * INTO T2 FROM T"})
    void everythingElseIsAWrite(String sql) {
        assertThat(SqlClassifier.isRead(sql)).isFalse();
    }
}
