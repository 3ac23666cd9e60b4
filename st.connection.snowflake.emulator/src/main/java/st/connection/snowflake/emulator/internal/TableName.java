package st.connection.snowflake.emulator.internal;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

/** A table or view of one database, as the metadata commands list them. */
record TableName(H2Database h2, String schema, String table, boolean isView, boolean temporary, long rows) {

    String database() {
        return h2.name();
    }

    String createdOn() {
        return h2.createdOn();
    }

    /**
     * The tables of {@code database} visible on {@code connection}, in a schema (or all but
     * INFORMATION_SCHEMA when null), with one name (or all when null).
     */
    static List<TableName> list(H2Database database, Connection connection, String schema, String table) throws SQLException {
        List<TableName> tables = new ArrayList<>();
        try (PreparedStatement statement = connection.prepareStatement("SELECT TABLE_SCHEMA, TABLE_NAME, TABLE_TYPE,"
                + " TABLE_CLASS, ROW_COUNT_ESTIMATE FROM INFORMATION_SCHEMA.TABLES WHERE TABLE_SCHEMA <> 'INFORMATION_SCHEMA'"
                + " AND (CAST(? AS VARCHAR) IS NULL OR TABLE_SCHEMA = ?) AND (CAST(? AS VARCHAR) IS NULL OR TABLE_NAME = ?)"
                + " ORDER BY TABLE_SCHEMA, TABLE_NAME")) {
            statement.setString(1, schema);
            statement.setString(2, schema);
            statement.setString(3, table);
            statement.setString(4, table);
            try (ResultSet rs = statement.executeQuery()) {
                while (rs.next()) {
                    String type = rs.getString(3);
                    tables.add(new TableName(database, rs.getString(1), rs.getString(2), type.contains("VIEW"),
                            type.contains("TEMPORARY"), rs.getLong(5)));
                }
            }
        }
        return tables;
    }
}
