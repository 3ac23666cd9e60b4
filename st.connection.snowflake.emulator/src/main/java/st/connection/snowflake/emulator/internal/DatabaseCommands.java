package st.connection.snowflake.emulator.internal;

import java.sql.SQLException;
import java.util.List;
import org.h2.api.ErrorCode;

/**
 * {@code CREATE [OR REPLACE] DATABASE [IF NOT EXISTS] name} (which, as in Snowflake, makes it the
 * session's current database with schema PUBLIC) and {@code DROP DATABASE [IF EXISTS] name}.
 */
final class DatabaseCommands {
    private DatabaseCommands() {
    }

    /** True for the statements this class runs. */
    static boolean handles(SqlTokens sql) {
        int first = sql.firstKeywordIndex();
        String verb = sql.keyword(first);
        int object = sql.keyword(first + 1).equals("OR") ? first + 3 : first + 1;
        if (sql.keyword(object).equals("TRANSIENT")) {
            object++;
        }
        return (verb.equals("CREATE") || verb.equals("DROP")) && sql.keyword(object).equals("DATABASE");
    }

    static Rowset run(EmulatedSession session, SqlTokens sql) throws SQLException {
        int first = sql.firstKeywordIndex();
        boolean replace = sql.keyword(first + 1).equals("OR");
        int nameAt = (replace ? first + 3 : first + 1) + 1;
        if (sql.keyword(nameAt - 1).equals("TRANSIENT")) {
            nameAt++;
        }
        boolean ifClause = sql.keyword(nameAt).equals("IF");
        if (ifClause) {
            nameAt += sql.keyword(first).equals("CREATE") ? 3 : 2;
        }
        List<String> name = sql.qualifiedName(nameAt);
        if (name.size() != 1) {
            throw new SQLException("Syntax error: a database name is expected", "42000", ErrorCode.SYNTAX_ERROR_1);
        }
        String database = name.get(0);
        Databases databases = session.databases();
        if (sql.keyword(first).equals("DROP")) {
            if (database.equals(databases.defaultName())) {
                throw SnowflakeError.notEmulated("dropping the emulator's default database " + database).asSqlException();
            }
            if (!databases.drop(database) && !ifClause) {
                throw new SQLException("Database '" + database + "' does not exist or not authorized.", "02000",
                        ErrorCode.SCHEMA_NOT_FOUND_1);
            }
            session.databaseDropped(database);
            if (database.equals(session.database())) {
                session.database(null);
                session.schema(null);
            }
            return Rowset.status(database + " successfully dropped.");
        }
        boolean exists = databases.byName(database).isPresent();
        if (exists && replace) {
            if (database.equals(databases.defaultName())) {
                throw SnowflakeError.notEmulated("replacing the emulator's default database " + database).asSqlException();
            }
            databases.drop(database);
            session.databaseDropped(database);
        } else if (exists && !ifClause) {
            throw new SQLException("Object '" + database + "' already exists.", "42710", ErrorCode.SCHEMA_ALREADY_EXISTS_1);
        } else if (exists) {
            return Rowset.status(database + " already exists, statement succeeded.");
        }
        databases.getOrCreate(database);
        SessionCommands.useDatabase(session, database);
        return Rowset.status("Database " + database + " successfully created.");
    }
}
