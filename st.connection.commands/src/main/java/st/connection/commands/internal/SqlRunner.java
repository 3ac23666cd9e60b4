package st.connection.commands.internal;

import java.io.PrintStream;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Statement;

import st.connection.api.ConnectionException;
import st.connection.api.ManagedConnection;

/** Runs one SQL statement for {@code conn:query} and prints its rows as a table, at most a given number. */
final class SqlRunner {

    private final PrintStream out;
    private final PrintStream err;

    SqlRunner(PrintStream out, PrintStream err) {
        this.out = out;
        this.err = err;
    }

    void run(ManagedConnection<?> managed, String sql, int limit) {
        try {
            Object connection = managed.get();
            if (!(connection instanceof Connection jdbc)) {
                err.println("conn:query needs a JDBC connection; '" + managed.name() + "' is a "
                        + connection.getClass().getName() + ".");
                return;
            }
            try (Statement statement = jdbc.createStatement()) {
                statement.setMaxRows(limit + 1);
                if (statement.execute(sql)) {
                    try (ResultSet rows = statement.getResultSet()) {
                        print(rows, limit);
                    }
                } else {
                    out.println(statement.getUpdateCount() + " rows changed.");
                }
            }
        } catch (SQLException e) {
            err.println("The query failed: " + firstLine(e.getMessage()));
        } catch (ConnectionException e) {
            err.println(e.getMessage());
        }
    }

    private void print(ResultSet rows, int limit) throws SQLException {
        ResultSetMetaData meta = rows.getMetaData();
        String[] labels = new String[meta.getColumnCount()];
        for (int i = 0; i < labels.length; i++) {
            labels[i] = meta.getColumnLabel(i + 1);
        }
        TextTable table = new TextTable(labels);
        int count = 0;
        boolean more = false;
        while (rows.next()) {
            if (count == limit) {
                more = true;
                break;
            }
            Object[] cells = new Object[labels.length];
            for (int i = 0; i < cells.length; i++) {
                String value = rows.getString(i + 1);
                cells[i] = value == null ? "NULL" : value;
            }
            table.row(cells);
            count++;
        }
        out.print(table);
        out.println(more ? "(first " + limit + " rows; there are more, see --limit)" : "(" + count + " rows)");
    }

    private static String firstLine(String message) {
        return message == null ? "no message" : message.strip().lines().findFirst().orElse("");
    }
}
