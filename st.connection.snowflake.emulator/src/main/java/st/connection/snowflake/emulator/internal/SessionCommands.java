package st.connection.snowflake.emulator.internal;

import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import org.h2.api.ErrorCode;

/**
 * Runs the statements that change the session rather than data: {@code USE ...}, {@code ALTER
 * SESSION} (see {@link SessionParameterCommands}) and
 * transaction control, where {@code BEGIN} suspends auto-commit until {@code COMMIT} or
 * {@code ROLLBACK} as in Snowflake.
 */
final class SessionCommands {
    static final String DONE = "Statement executed successfully.";

    private SessionCommands() {
    }

    static Rowset run(EmulatedSession session, StatementKind kind, SqlTokens sql) throws SQLException {
        int first = sql.firstKeywordIndex();
        switch (kind) {
            case USE_DATABASE:
                useDatabase(session, single(sql.qualifiedName(first + 2), sql));
                return Rowset.status(DONE);
            case USE_SCHEMA:
                useSchema(session, sql.qualifiedName(first + 2));
                return Rowset.status(DONE);
            case USE_WAREHOUSE:
                session.warehouse(single(sql.qualifiedName(first + 2), sql));
                return Rowset.status(DONE);
            case USE:
                return use(session, sql, first);
            case ALTER_SESSION:
                SessionParameterCommands.alter(session, sql, first);
                return Rowset.status(DONE);
            case TRANSACTION:
                return transaction(session, sql.keyword(first));
            default:
                throw new IllegalArgumentException("not a session command: " + kind);
        }
    }

    private static Rowset use(EmulatedSession session, SqlTokens sql, int first) throws SQLException {
        String objectKind = sql.keyword(first + 1);
        if (objectKind.equals("ROLE")) {
            session.role(single(sql.qualifiedName(first + 2), sql));
        } else if (objectKind.equals("SECONDARY")) {
            return Rowset.status(DONE);
        } else {
            List<String> name = sql.qualifiedName(first + 1);
            if (name.size() == 1) {
                useDatabase(session, name.get(0));
            } else {
                useSchema(session, name);
            }
        }
        return Rowset.status(DONE);
    }

    /** {@code USE DATABASE db}: the database must exist; its schema PUBLIC becomes current. */
    static void useDatabase(EmulatedSession session, String name) throws SQLException {
        if (session.databases().byName(name).isEmpty()) {
            throw new SQLException("Object does not exist, or operation cannot be performed: database " + name,
                    "02000", ErrorCode.SCHEMA_NOT_FOUND_1);
        }
        String previous = session.database();
        session.database(name);
        try (Statement statement = session.connection().createStatement()) {
            statement.execute("SET SCHEMA PUBLIC");
        } catch (SQLException e) {
            session.database(previous);
            throw e;
        }
        session.schema("PUBLIC");
    }

    /** {@code USE SCHEMA [db.]schema}: the database and the H2 schema must exist. */
    private static void useSchema(EmulatedSession session, List<String> name) throws SQLException {
        if (name.isEmpty() || name.size() > 2) {
            throw new SQLException("Syntax error: expected [database.]schema after USE SCHEMA", "42000",
                    ErrorCode.SYNTAX_ERROR_1);
        }
        String schema = name.get(name.size() - 1);
        String previous = session.database();
        if (name.size() == 2) {
            useDatabase(session, name.get(0));
        }
        try (Statement statement = session.connection().createStatement()) {
            statement.execute("SET SCHEMA " + H2Database.quote(schema));
        } catch (SQLException e) {
            if (name.size() == 2) {
                useDatabase(session, previous == null ? session.databases().defaultName() : previous);
            }
            throw e;
        }
        session.schema(schema);
    }

    private static String single(List<String> name, SqlTokens sql) throws SQLException {
        if (name.isEmpty()) {
            throw new SQLException("Syntax error: a name is missing after " + sql.keyword(0) + " " + sql.keyword(1),
                    "42000", ErrorCode.SYNTAX_ERROR_1);
        }
        return name.get(name.size() - 1);
    }

    private static Rowset transaction(EmulatedSession session, String keyword) throws SQLException {
        switch (keyword) {
            case "BEGIN":
            case "START":
                session.beginTransaction();
                return Rowset.status(DONE);
            case "COMMIT":
                session.endTransaction(true);
                return Rowset.status(DONE);
            default:
                session.endTransaction(false);
                return Rowset.status(DONE);
        }
    }
}
