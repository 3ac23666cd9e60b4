package st.connection.snowflake.emulator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import net.snowflake.client.jdbc.SnowflakeSQLException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.Timeout;

/** DML counts, DDL, SQL errors, session commands and transactions. */
class StatementsTest {
    @RegisterExtension
    static final ConnectedEmulator sf = new ConnectedEmulator();

    @Test
    void dmlAnswersAffectedRowCounts() throws SQLException {
        try (Statement s = sf.connection().createStatement()) {
            assertThat(s.executeUpdate("create table counted(id int primary key, v varchar)")).isZero();
            assertThat(s.executeUpdate("insert into counted values (1, 'a'), (2, 'b'), (3, 'c')")).isEqualTo(3);
            assertThat(s.executeUpdate("update counted set v = 'z' where id >= 2")).isEqualTo(2);
            assertThat(s.executeUpdate("delete from counted where id = 1")).isEqualTo(1);
            assertThat(s.executeUpdate("merge into counted (id, v) key(id) values (3, 'm'), (4, 'n')")).isEqualTo(2);
            assertThat(s.execute("insert into counted values (5, 'e')")).isFalse();
            assertThat(s.getUpdateCount()).isEqualTo(1);
            assertThat(s.execute("select * from counted")).isTrue();
        }
    }

    @Test
    void sqlErrorsCarryCodeStateAndQueryId() throws SQLException {
        try (Statement s = sf.connection().createStatement()) {
            assertThatThrownBy(() -> s.executeQuery("select * from no_such_table"))
                    .isInstanceOfSatisfying(SnowflakeSQLException.class, e -> {
                        assertThat(e.getErrorCode()).isEqualTo(SnowflakeErrorCodes.OBJECT_DOES_NOT_EXIST);
                        assertThat(e.getSQLState()).isEqualTo("42S02");
                        assertThat(e.getQueryId()).matches("[0-9a-f-]{36}");
                        assertThat(e.getMessage()).contains("NO_SUCH_TABLE");
                    });
            assertThatThrownBy(() -> s.executeQuery("selec 1"))
                    .isInstanceOfSatisfying(SQLException.class, e ->
                            assertThat(e.getErrorCode()).isEqualTo(SnowflakeErrorCodes.SQL_SYNTAX_ERROR));
            assertThatThrownBy(() -> s.executeQuery("select 1 / 0"))
                    .isInstanceOfSatisfying(SQLException.class, e ->
                            assertThat(e.getErrorCode()).isEqualTo(SnowflakeErrorCodes.DIVISION_BY_ZERO));
            try (ResultSet rs = s.executeQuery("select 'still usable'")) {
                assertThat(rs.next()).isTrue();
            }
        }
    }

    @Test
    void useSchemaChangesWhereUnqualifiedNamesResolve() throws SQLException {
        sf.emulator().execute("create schema staging");
        sf.emulator().execute("create table staging.loaded(x timestamp_ltz)");
        try (Connection c = Driver.connect(sf.emulator()); Statement s = c.createStatement()) {
            s.execute("use schema emulator.staging");
            assertThat(c.getSchema()).isEqualTo("STAGING");
            assertThat(c.getCatalog()).isEqualTo("EMULATOR");
            assertThat(s.executeUpdate("insert into loaded values (current_timestamp)")).isEqualTo(1);
            c.setSchema("PUBLIC");
            assertThat(c.getSchema()).isEqualTo("PUBLIC");
            assertThatThrownBy(() -> s.execute("use schema not_there"))
                    .isInstanceOfSatisfying(SQLException.class, e ->
                            assertThat(e.getErrorCode()).isEqualTo(SnowflakeErrorCodes.OBJECT_DOES_NOT_EXIST));
            s.execute("use warehouse big_wh");
            s.execute("use role admin");
            s.execute("alter session set query_tag = 'ignored'");
        }
    }

    @Test
    @Timeout(value = 30, unit = TimeUnit.SECONDS)
    void queryTimeoutCancelsTheRunningStatement() throws SQLException {
        try (Statement s = sf.connection().createStatement()) {
            s.setQueryTimeout(1);
            long start = System.nanoTime();
            assertThatThrownBy(() -> s.executeQuery("select sum(x) from system_range(1, 100000000000)"))
                    .isInstanceOfSatisfying(SQLException.class, e -> {
                        assertThat(e.getErrorCode()).isEqualTo(SnowflakeErrorCodes.STATEMENT_CANCELED);
                        assertThat(e.getSQLState()).isEqualTo("57014");
                    });
            assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(10));
            s.setQueryTimeout(0);
            try (ResultSet rs = s.executeQuery("select 'usable after the cancel'")) {
                assertThat(rs.next()).isTrue();
            }
        }
    }

    @Test
    void rollbackUndoesWorkWhenAutoCommitIsOff() throws SQLException {
        sf.emulator().execute("create table transactional(id int)");
        try (Connection c = Driver.connect(sf.emulator()); Statement s = c.createStatement()) {
            c.setAutoCommit(false);
            s.executeUpdate("insert into transactional values (1)");
            c.rollback();
            s.executeUpdate("insert into transactional values (2)");
            c.commit();
            c.setAutoCommit(true);
        }
        try (Statement s = sf.connection().createStatement();
                ResultSet rs = s.executeQuery("select id from transactional")) {
            assertThat(rs.next()).isTrue();
            assertThat(rs.getInt(1)).isEqualTo(2);
            assertThat(rs.next()).isFalse();
        }
    }

    @Test
    void beginSuspendsAutoCommitUntilRollback() throws SQLException {
        sf.emulator().execute("create table begun(id int)");
        try (Statement s = sf.connection().createStatement()) {
            s.execute("begin transaction");
            s.executeUpdate("insert into begun values (1)");
            s.execute("rollback");
            s.executeUpdate("insert into begun values (2)");
            try (ResultSet rs = s.executeQuery("select count(*), max(id) from begun")) {
                assertThat(rs.next()).isTrue();
                assertThat(rs.getInt(1)).isEqualTo(1);
                assertThat(rs.getInt(2)).isEqualTo(2);
            }
        }
    }

    @Test
    void uncommittedWorkIsRolledBackWhenTheConnectionCloses() throws SQLException {
        sf.emulator().execute("create table abandoned(id int)");
        try (Connection c = Driver.connect(sf.emulator()); Statement s = c.createStatement()) {
            c.setAutoCommit(false);
            s.executeUpdate("insert into abandoned values (1)");
        }
        try (Statement s = sf.connection().createStatement();
                ResultSet rs = s.executeQuery("select count(*) from abandoned")) {
            assertThat(rs.next()).isTrue();
            assertThat(rs.getInt(1)).isZero();
        }
    }

    @Test
    void seededDataIsVisibleToSessions() throws SQLException {
        assertThat(sf.emulator().execute("create table seeded(id int, label string)")).isZero();
        assertThat(sf.emulator().execute("insert into seeded values (1, 'one'), (2, 'two')")).isEqualTo(2);
        try (PreparedStatement ps = sf.connection().prepareStatement("select label from seeded where id = ?")) {
            ps.setInt(1, 2);
            try (ResultSet rs = ps.executeQuery()) {
                assertThat(rs.next()).isTrue();
                assertThat(rs.getString(1)).isEqualTo("two");
            }
        }
    }

    @Test
    void preparedStatementMetadataComesFromADescribeWithoutRunning() throws SQLException {
        sf.emulator().execute("create table described(id int, name varchar(10))");
        long queries = sf.emulator().queryCount();
        try (PreparedStatement ps = sf.connection().prepareStatement("select id, name from described where id = ?")) {
            assertThat(ps.getMetaData().getColumnCount()).isEqualTo(2);
            assertThat(ps.getMetaData().getColumnName(2)).isEqualTo("NAME");
        }
        assertThat(sf.emulator().queryCount()).isEqualTo(queries);
    }
}
