package st.connection.snowflake.emulator.internal;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;

/**
 * Runs one statement of a session: session commands on the session, everything else as an H2
 * prepared statement with the decoded binds (array binds as one JDBC batch).
 */
final class StatementRunner {
    private final H2Database database;
    private final RowsetEncoder encoder;

    StatementRunner(H2Database database, RowsetEncoder encoder) {
        this.database = database;
        this.encoder = encoder;
    }

    /** What ran, its answer, and how many bind parameters the statement has. */
    record Outcome(StatementKind kind, Rowset rowset, int parameters) {
        Outcome(StatementKind kind, Rowset rowset) {
            this(kind, rowset, 0);
        }
    }

    Outcome run(EmulatedSession session, String sql, BindDecoder.Binds binds, String requestId) throws SQLException {
        SqlTokens tokens = SqlTokens.of(sql);
        StatementKind kind = StatementKind.of(tokens);
        if (kind.isSessionCommand()) {
            return new Outcome(kind, SessionCommands.run(session, kind, tokens));
        }
        try (PreparedStatement statement = session.connection().prepareStatement(sql)) {
            session.running(requestId, statement);
            try {
                if (binds.batch()) {
                    return new Outcome(kind, runBatch(statement, kind, binds), binds.count());
                }
                binds.apply(statement, 0);
                if (statement.execute()) {
                    try (ResultSet rs = statement.getResultSet()) {
                        return new Outcome(kind == StatementKind.SHOW || kind == StatementKind.DESCRIBE
                                ? kind : StatementKind.SELECT, encoder.encode(rs), binds.count());
                    }
                }
                long count = Math.max(statement.getLargeUpdateCount(), 0);
                return new Outcome(kind, answerWithoutRows(kind, tokens, count), binds.count());
            } finally {
                session.finished(requestId);
            }
        }
    }

    private Rowset runBatch(PreparedStatement statement, StatementKind kind, BindDecoder.Binds binds)
            throws SQLException {
        for (int row = 0; row < binds.rows().size(); row++) {
            binds.apply(statement, row);
            statement.addBatch();
        }
        long total = 0;
        for (long count : statement.executeLargeBatch()) {
            total += Math.max(count, 0);
        }
        return Rowset.count(countColumn(kind), total);
    }

    private Rowset answerWithoutRows(StatementKind kind, SqlTokens tokens, long count) throws SQLException {
        if (kind.isDml()) {
            return Rowset.count(countColumn(kind), count);
        }
        database.ddlExecuted(tokens);
        return Rowset.status(SessionCommands.DONE);
    }

    /** Snowflake names the count columns after what the statement did. */
    private static String countColumn(StatementKind kind) {
        switch (kind) {
            case UPDATE:
                return "number of rows updated";
            case DELETE:
                return "number of rows deleted";
            default:
                return "number of rows inserted";
        }
    }

    /** Describes a statement without running it, for the driver's describe-only requests. */
    Outcome describe(EmulatedSession session, String sql) throws SQLException {
        SqlTokens tokens = SqlTokens.of(sql);
        StatementKind kind = StatementKind.of(tokens);
        if (kind.isSessionCommand()) {
            return new Outcome(kind, Rowset.status(SessionCommands.DONE));
        }
        try (PreparedStatement statement = session.connection().prepareStatement(sql)) {
            int parameters = statement.getParameterMetaData().getParameterCount();
            if (kind.isDml()) {
                return new Outcome(kind, Rowset.count(countColumn(kind), 0).withoutRows(), parameters);
            }
            ResultSetMetaData metaData = statement.getMetaData();
            if (metaData == null) {
                return new Outcome(kind, Rowset.status(SessionCommands.DONE).withoutRows(), parameters);
            }
            return new Outcome(kind == StatementKind.DDL ? StatementKind.SELECT : kind, encoder.describe(metaData),
                    parameters);
        }
    }
}
