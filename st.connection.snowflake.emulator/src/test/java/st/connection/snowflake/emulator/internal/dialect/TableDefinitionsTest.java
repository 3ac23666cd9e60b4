package st.connection.snowflake.emulator.internal.dialect;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class TableDefinitionsTest {

    @Test
    void orReplaceDropsFirstAndTemporaryTablesAreSessionLocal() {
        assertThat(TableDefinitions.rewrite("create or replace temporary table t(a number, b timestamp_tz, c string)"))
                .containsExactly("DROP TABLE IF EXISTS t",
                        "CREATE LOCAL TEMPORARY TABLE t (a NUMERIC(38,0), b TIMESTAMP_TZ, c VARCHAR)");
    }

    @Test
    void snowparksIfNotExistsAfterTheNameAndAutoincrementAreUnderstood() {
        assertThat(TableDefinitions.rewrite("create table t if not exists (id int autoincrement)"))
                .containsExactly("CREATE TABLE IF NOT EXISTS t (id int AUTO_INCREMENT)");
    }

    @Test
    void transientIsDroppedAndAddedColumnsGetSnowflakeTypes() {
        assertThat(TableDefinitions.rewrite("create transient table x as select 1 as a"))
                .containsExactly("CREATE TABLE x as select 1 as a");
        assertThat(TableDefinitions.rewrite("alter table t add column d variant")).containsExactly("alter table t add column d VARIANT");
    }
}
