package st.connection.benchmarks;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

import org.openjdk.jmh.infra.Blackhole;

/** The tables the benchmarks query, and reading a result the way an application does: every cell. */
final class BenchData {

    /** 100 rows x 6 columns of common types: the cache hit benchmarks' result. */
    static final String ORDERS = "SELECT ID, CUSTOMER, AMOUNT, RATE, PLACED, PAID FROM ORDERS ORDER BY ID";
    /** One row of the same table, for the per-call overhead of a hit. */
    static final String ONE_ORDER = "SELECT ID, CUSTOMER, AMOUNT, RATE, PLACED, PAID FROM ORDERS WHERE ID = 42";
    /** 10,000 rows x 10 columns: the cache miss benchmark's result. */
    static final String WIDE = "SELECT * FROM WIDE ORDER BY ID";

    static final String CREATE_ORDERS = """
            CREATE TABLE IF NOT EXISTS ORDERS(ID INT PRIMARY KEY, CUSTOMER VARCHAR(40), AMOUNT DECIMAL(12, 2),
                RATE DOUBLE, PLACED TIMESTAMP, PAID BOOLEAN)""";
    static final String FILL_ORDERS = """
            INSERT INTO ORDERS SELECT X, 'customer-' || X, X * 1.25, X / 7.0,
                TIMESTAMP '2026-01-01 00:00:00' + X * INTERVAL '1' HOUR, MOD(X, 2) = 0 FROM SYSTEM_RANGE(1, 100)""";
    static final String CREATE_WIDE = """
            CREATE TABLE IF NOT EXISTS WIDE(ID INT PRIMARY KEY, QUANTITY INT, TOTAL BIGINT, NAME VARCHAR(40),
                CITY VARCHAR(40), PRICE DECIMAL(12, 2), WEIGHT DOUBLE, DUE DATE, UPDATED TIMESTAMP, ACTIVE BOOLEAN)""";
    static final String FILL_WIDE = """
            INSERT INTO WIDE SELECT X, MOD(X, 1000), X * 1000003, 'name-' || X, 'city-' || MOD(X, 97), X * 0.01,
                X / 3.0, DATE '2026-01-01' + MOD(X, 365), TIMESTAMP '2026-01-01 00:00:00' + X * INTERVAL '1' MINUTE,
                MOD(X, 3) = 0 FROM SYSTEM_RANGE(1, 10000)""";

    private BenchData() {
    }

    static void createOrders(Connection connection) throws SQLException {
        run(connection, CREATE_ORDERS, "DELETE FROM ORDERS", FILL_ORDERS);
    }

    static void createWide(Connection connection) throws SQLException {
        run(connection, CREATE_WIDE, "DELETE FROM WIDE", FILL_WIDE);
    }

    private static void run(Connection connection, String... statements) throws SQLException {
        try (Statement statement = connection.createStatement()) {
            for (String sql : statements) {
                statement.execute(sql);
            }
        }
    }

    /** Runs the query on a fresh statement and hands every cell to the blackhole. */
    static void query(Connection connection, String sql, Blackhole sink) throws SQLException {
        try (Statement statement = connection.createStatement(); ResultSet rows = statement.executeQuery(sql)) {
            int columns = rows.getMetaData().getColumnCount();
            while (rows.next()) {
                for (int column = 1; column <= columns; column++) {
                    sink.consume(rows.getObject(column));
                }
            }
        }
    }

    /** @return the rows as the driver's values, row-major */
    static Object[][] read(Connection connection, String sql) throws SQLException {
        try (Statement statement = connection.createStatement(); ResultSet rows = statement.executeQuery(sql)) {
            int columns = rows.getMetaData().getColumnCount();
            java.util.List<Object[]> read = new java.util.ArrayList<>();
            while (rows.next()) {
                Object[] row = new Object[columns];
                for (int column = 1; column <= columns; column++) {
                    row[column - 1] = rows.getObject(column);
                }
                read.add(row);
            }
            return read.toArray(new Object[0][]);
        }
    }
}
