package st.connection.snowflake.emulator.internal;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import org.h2.api.ErrorCode;

/**
 * {@code SHOW DATABASES/SCHEMAS/TABLES/VIEWS/OBJECTS/COLUMNS/PRIMARY KEYS/PARAMETERS} and
 * {@code DESCRIBE TABLE}, answered from H2's information schema with the columns Snowflake
 * documents (the driver's {@code DatabaseMetaData} reads some of them by position). Other SHOW
 * commands are refused as not emulated.
 */
final class MetadataCommands {
    private static final String OWNER = "SYSADMIN";

    private MetadataCommands() {
    }

    static Rowset run(EmulatedSession session, ShowStatement show) throws SQLException {
        return switch (show.what()) {
            case "DATABASES" -> databases(session, show);
            case "SCHEMAS" -> schemas(session, show);
            case "TABLES", "OBJECTS", "VIEWS" -> tables(session, show);
            case "COLUMNS" -> columns(session, show);
            case "PRIMARY KEYS" -> primaryKeys(session, show);
            case "PARAMETERS" -> SessionParameterCommands.show(session, show);
            case "DESCRIBE" -> describe(session, show);
            default -> throw SnowflakeError.notEmulated("SHOW " + show.what()).asSqlException();
        };
    }

    private static Rowset databases(EmulatedSession session, ShowStatement show) {
        RowsetBuilder rows = new RowsetBuilder().timestamp("created_on").text("name", "is_default", "is_current", "origin",
                "owner", "comment", "options").number("retention_time").text("kind", "owner_role_type");
        for (H2Database database : session.databases().all()) {
            if (show.matches(database.name())) {
                rows.row(database.createdOn(), database.name(), yesNo(database.name().equals(session.databases().defaultName())),
                        yesNo(database.name().equals(session.database())), "", OWNER, "", "", "1", "STANDARD", "ROLE");
            }
        }
        return rows.build();
    }

    private static Rowset schemas(EmulatedSession session, ShowStatement show) throws SQLException {
        RowsetBuilder rows = new RowsetBuilder().timestamp("created_on").text("name", "is_default", "is_current",
                "database_name", "owner", "comment", "options").number("retention_time").text("owner_role_type");
        for (H2Database database : databasesIn(session, show)) {
            for (String schema : schemaNames(connection(session, database))) {
                if (show.matches(schema)) {
                    rows.row(database.createdOn(), schema, "N",
                            yesNo(database.name().equals(session.database()) && schema.equals(session.schema())),
                            database.name(), OWNER, "", "", "1", "ROLE");
                }
            }
        }
        return rows.build();
    }

    private static Rowset tables(EmulatedSession session, ShowStatement show) throws SQLException {
        boolean views = show.what().equals("VIEWS");
        RowsetBuilder rows = new RowsetBuilder().timestamp("created_on").text("name");
        if (views) {
            rows.text("reserved", "database_name", "schema_name", "owner", "comment", "text", "is_secure",
                    "is_materialized", "owner_role_type", "change_tracking");
        } else {
            rows.text("database_name", "schema_name", "kind", "comment", "cluster_by").number("rows").number("bytes")
                    .text("owner").number("retention_time").text("owner_role_type");
        }
        for (TableName table : tablesIn(session, show)) {
            if (!show.matches(table.table()) || views && !table.isView()
                    || show.what().equals("TABLES") && table.isView()) {
                continue;
            }
            if (views) {
                rows.row(table.createdOn(), table.table(), "", table.database(), table.schema(), OWNER, "", "", "false",
                        "false", "ROLE", "OFF");
            } else {
                rows.row(table.createdOn(), table.table(), table.database(), table.schema(),
                        table.isView() ? "VIEW" : table.temporary() ? "TEMPORARY" : "TABLE", "", "", table.rows(), "0",
                        OWNER, "1", "ROLE");
            }
        }
        return rows.build();
    }

    private static Rowset columns(EmulatedSession session, ShowStatement show) throws SQLException {
        RowsetBuilder rows = new RowsetBuilder().text("table_name", "schema_name", "column_name", "data_type", "null?",
                "default", "kind", "expression", "comment", "database_name", "autoincrement");
        for (TableName table : tablesIn(session, show)) {
            for (TableColumn column : TableColumn.of(table, connection(session, table.h2()))) {
                if (show.matches(column.name())) {
                    rows.row(table.table(), table.schema(), column.name(), column.dataTypeJson(),
                            Boolean.toString(column.type().nullable()), column.defaultValue(), "COLUMN", "", "",
                            table.database(), column.autoIncrement() ? "IDENTITY START 1 INCREMENT 1 ORDER" : "");
                }
            }
        }
        return rows.build();
    }

    private static Rowset primaryKeys(EmulatedSession session, ShowStatement show) throws SQLException {
        RowsetBuilder rows = new RowsetBuilder().timestamp("created_on").text("database_name", "schema_name",
                "table_name", "column_name").number("key_sequence").text("constraint_name", "rely", "comment");
        for (TableName table : tablesIn(session, show)) {
            try (PreparedStatement statement = connection(session, table.h2()).prepareStatement(
                    "SELECT k.COLUMN_NAME, k.ORDINAL_POSITION, c.CONSTRAINT_NAME FROM INFORMATION_SCHEMA.TABLE_CONSTRAINTS c"
                            + " JOIN INFORMATION_SCHEMA.KEY_COLUMN_USAGE k ON k.CONSTRAINT_SCHEMA = c.CONSTRAINT_SCHEMA"
                            + " AND k.CONSTRAINT_NAME = c.CONSTRAINT_NAME WHERE c.CONSTRAINT_TYPE = 'PRIMARY KEY'"
                            + " AND c.TABLE_SCHEMA = ? AND c.TABLE_NAME = ? ORDER BY k.ORDINAL_POSITION")) {
                statement.setString(1, table.schema());
                statement.setString(2, table.table());
                try (ResultSet rs = statement.executeQuery()) {
                    while (rs.next()) {
                        rows.row(table.createdOn(), table.database(), table.schema(), table.table(), rs.getString(1),
                                rs.getString(2), rs.getString(3), "false", null);
                    }
                }
            }
        }
        return rows.build();
    }

    private static Rowset describe(EmulatedSession session, ShowStatement show) throws SQLException {
        List<TableName> tables = tablesIn(session, show);
        if (tables.isEmpty()) {
            throw new SQLException("Table '" + String.join(".", show.name()) + "' does not exist or not authorized.",
                    "42S02", ErrorCode.TABLE_OR_VIEW_NOT_FOUND_1);
        }
        TableName table = tables.get(0);
        List<String> keys = primaryKeyColumns(connection(session, table.h2()), table);
        RowsetBuilder rows = new RowsetBuilder().text("name", "type", "kind", "null?", "default", "primary key",
                "unique key", "check", "expression", "comment", "policy name", "privacy domain");
        for (TableColumn column : TableColumn.of(table, connection(session, table.h2()))) {
            rows.row(column.name(), column.typeName(), "COLUMN", column.type().nullable() ? "Y" : "N",
                    column.defaultValue().isEmpty() ? null : column.defaultValue(), yesNo(keys.contains(column.name())),
                    "N", null, null, null, null, null);
        }
        return rows.build();
    }

    private static List<String> primaryKeyColumns(Connection connection, TableName table) throws SQLException {
        List<String> columns = new ArrayList<>();
        try (PreparedStatement statement = connection.prepareStatement("SELECT k.COLUMN_NAME FROM"
                + " INFORMATION_SCHEMA.TABLE_CONSTRAINTS c JOIN INFORMATION_SCHEMA.KEY_COLUMN_USAGE k"
                + " ON k.CONSTRAINT_SCHEMA = c.CONSTRAINT_SCHEMA AND k.CONSTRAINT_NAME = c.CONSTRAINT_NAME"
                + " WHERE c.CONSTRAINT_TYPE = 'PRIMARY KEY' AND c.TABLE_SCHEMA = ? AND c.TABLE_NAME = ?")) {
            statement.setString(1, table.schema());
            statement.setString(2, table.table());
            try (ResultSet rs = statement.executeQuery()) {
                while (rs.next()) {
                    columns.add(rs.getString(1));
                }
            }
        }
        return columns;
    }

    /** The tables a SHOW or DESCRIBE covers, in name order. */
    private static List<TableName> tablesIn(EmulatedSession session, ShowStatement show) throws SQLException {
        List<String> name = show.name();
        List<TableName> tables = new ArrayList<>();
        switch (show.scope()) {
            case "TABLE" -> {
                H2Database database = name.size() == 3 ? existing(session, name.get(0)) : current(session);
                String schema = name.size() >= 2 ? name.get(name.size() - 2) : currentSchema(session);
                tables.addAll(TableName.list(database, connection(session, database), schema, name.get(name.size() - 1)));
            }
            case "SCHEMA" -> {
                H2Database database = name.size() == 2 ? existing(session, name.get(0)) : current(session);
                String schema = name.isEmpty() ? currentSchema(session) : name.get(name.size() - 1);
                tables.addAll(TableName.list(database, connection(session, database), schema, null));
            }
            case "CURRENT" -> tables.addAll(TableName.list(current(session), session.connection(), currentSchema(session), null));
            default -> {
                for (H2Database database : databasesIn(session, show)) {
                    tables.addAll(TableName.list(database, connection(session, database), null, null));
                }
            }
        }
        return tables;
    }

    private static List<H2Database> databasesIn(EmulatedSession session, ShowStatement show) throws SQLException {
        if (show.scope().equals("DATABASE")) {
            return List.of(show.name().isEmpty() ? current(session) : existing(session, show.name().get(0)));
        }
        if (show.scope().equals("CURRENT") && !show.what().equals("DATABASES")) {
            return List.of(current(session));
        }
        return session.databases().all();
    }

    private static H2Database current(EmulatedSession session) throws SQLException {
        return existing(session, session.database() == null ? session.databases().defaultName() : session.database());
    }

    private static String currentSchema(EmulatedSession session) {
        return session.schema() == null ? "PUBLIC" : session.schema();
    }

    private static H2Database existing(EmulatedSession session, String name) throws SQLException {
        return session.databases().byName(name).orElseThrow(() -> new SQLException(
                "Database '" + name + "' does not exist or not authorized.", "02000", ErrorCode.SCHEMA_NOT_FOUND_1));
    }

    /** The session's own connection for its current database (its temporary tables are visible there). */
    private static Connection connection(EmulatedSession session, H2Database database) throws SQLException {
        String current = session.database() == null ? session.databases().defaultName() : session.database();
        return database.name().equals(current) ? session.connection() : database.admin();
    }

    private static List<String> schemaNames(Connection connection) throws SQLException {
        List<String> schemas = new ArrayList<>();
        try (Statement statement = connection.createStatement(); ResultSet rs = statement.executeQuery(
                "SELECT SCHEMA_NAME FROM INFORMATION_SCHEMA.SCHEMATA ORDER BY SCHEMA_NAME")) {
            while (rs.next()) {
                schemas.add(rs.getString(1));
            }
        }
        return schemas;
    }

    private static String yesNo(boolean value) {
        return value ? "Y" : "N";
    }

    /** Column metadata read from H2 for SHOW COLUMNS and DESCRIBE. */
    record TableColumn(String name, ResultColumn type, String defaultValue, boolean autoIncrement) {

        static List<TableColumn> of(TableName table, Connection connection) throws SQLException {
            List<TableColumn> columns = new ArrayList<>();
            List<ResultColumn> types;
            try (Statement statement = connection.createStatement(); ResultSet rs = statement.executeQuery(
                    "SELECT * FROM " + H2Database.quote(table.schema()) + "." + H2Database.quote(table.table()) + " WHERE 1 = 0")) {
                ResultSetMetaData md = rs.getMetaData();
                types = new ColumnTypeMapper(table.database(), ColumnCatalog.read(table.database(), 0, connection)).columns(md);
            }
            try (PreparedStatement statement = connection.prepareStatement("SELECT COLUMN_NAME, COLUMN_DEFAULT, IS_IDENTITY"
                    + " FROM INFORMATION_SCHEMA.COLUMNS WHERE TABLE_SCHEMA = ? AND TABLE_NAME = ? ORDER BY ORDINAL_POSITION")) {
                statement.setString(1, table.schema());
                statement.setString(2, table.table());
                try (ResultSet rs = statement.executeQuery()) {
                    int i = 0;
                    while (rs.next() && i < types.size()) {
                        String defaultValue = rs.getString(2);
                        columns.add(new TableColumn(rs.getString(1), types.get(i++), defaultValue == null ? "" : defaultValue,
                                "YES".equals(rs.getString(3))));
                    }
                }
            }
            return columns;
        }

        String dataTypeJson() {
            var json = type.toRowtype();
            json.put("type", type.type().name());
            json.remove("name");
            json.remove("database");
            json.remove("schema");
            json.remove("table");
            json.remove("collation");
            return json.toString();
        }

        /** The type as DESCRIBE writes it, e.g. {@code NUMBER(38,0)}, {@code VARCHAR(16777216)}. */
        String typeName() {
            return switch (type.type()) {
                case FIXED -> "NUMBER(" + type.precision() + "," + type.scale() + ")";
                case REAL -> "FLOAT";
                case TEXT -> "VARCHAR(" + type.length() + ")";
                case BINARY -> "BINARY(" + type.length() + ")";
                case TIME -> "TIME(9)";
                case TIMESTAMP_NTZ -> "TIMESTAMP_NTZ(9)";
                case TIMESTAMP_LTZ -> "TIMESTAMP_LTZ(9)";
                case TIMESTAMP_TZ -> "TIMESTAMP_TZ(9)";
                default -> type.type().name();
            };
        }
    }
}
