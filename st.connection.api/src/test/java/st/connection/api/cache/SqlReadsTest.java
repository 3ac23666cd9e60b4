package st.connection.api.cache;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class SqlReadsTest {

    @ParameterizedTest
    @ValueSource(strings = {"SELECT * FROM T", "  select 1", "/* hint */ SELECT 1", "-- note\nSELECT 1",
        "(SELECT 1) UNION (SELECT 2)", "WITH X AS (SELECT 1) SELECT * FROM X", "VALUES (1, 2)", "SHOW TABLES",
        "DESCRIBE T", "TABLE T", "SELECT INSERTED, UPDATED_AT FROM T", "SELECT 1 -- INSERT\n",
        "SELECT /* INTO */ NEXT_VALUE FROM T", "SELECT ID FROM NEXT WHERE VALUE_ = 1", "SELECT 1;",
        "SELECT 1 ;  -- done", "SELECT 'a;b; DELETE FROM T' FROM T", "SELECT \"INSERT\" FROM T",
        "SELECT 'it''s' FROM T", "SELECT CURRENT_DATE FROM T", "SELECT $$;DELETE$$ FROM T"})
    void readsAreCacheable(String sql) {
        assertThat(SqlReads.classify(sql)).isEqualTo(SqlReads.Kind.CACHEABLE_READ);
    }

    @ParameterizedTest
    @ValueSource(strings = {"SELECT RAND()", "select random() from t", "SELECT UUID_STRING()", "SELECT RANDOM_UUID()",
        "SELECT CURRENT_TIMESTAMP", "SELECT NOW()", "SELECT SYSDATE()", "SELECT LOCALTIMESTAMP",
        "SELECT SEQ4() FROM TABLE(GENERATOR(ROWCOUNT => 10))", "SELECT * FROM TABLE(RESULT_SCAN(LAST_QUERY_ID()))",
        "SELECT SYSTEM$CANCEL_ALL_QUERIES(1)", "SELECT current_time"})
    void readsOfWhatChangesAtEachRunAreNotCacheable(String sql) {
        assertThat(SqlReads.classify(sql)).isEqualTo(SqlReads.Kind.VOLATILE_READ);
        assertThat(SqlReads.isRead(sql)).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"INSERT INTO T VALUES (1)", "UPDATE T SET A = 1", "DELETE FROM T", "MERGE INTO T KEY(ID) VALUES (1)",
        "CREATE TABLE T(ID INT)", "DROP TABLE T", "CALL F()", "ALTER SESSION SET TIMEZONE = 'UTC'", "USE DATABASE X",
        "SET SCHEMA S", "SELECT * FROM T FOR UPDATE", "SELECT * FROM T FOR SHARE",
        "WITH X AS (SELECT 1) INSERT INTO T SELECT * FROM X", "SELECT NEXT VALUE FOR SEQ", "select next  value for seq",
        "SELECT NEXTVAL('S')", "COMMIT", "", "   ", "/* only a comment */", "{call f()}", "SELECT * INTO T2 FROM T",
        "SELECT 1; TRUNCATE TABLE T", "SELECT 1;DELETE FROM T", "select 1; select 2", "SELECT 'C:\\' ; DELETE FROM T",
        "'SELECT' 1", "EXPLAIN SELECT 1"})
    void everythingElseIsAWrite(String sql) {
        assertThat(SqlReads.isRead(sql)).isFalse();
        assertThat(SqlReads.isCacheableRead(sql)).isFalse();
    }
}
