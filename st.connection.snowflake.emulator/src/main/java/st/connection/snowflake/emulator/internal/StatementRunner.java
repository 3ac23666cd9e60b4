package st.connection.snowflake.emulator.internal;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import st.connection.snowflake.emulator.internal.dialect.DialectContext;
import st.connection.snowflake.emulator.internal.dialect.DialectTranslator;

/**
 * Runs one statement of a session: session, database and metadata commands on the session,
 * everything else translated to H2 ({@link DialectTranslator}) and run as an H2 prepared statement
 * with the decoded binds (array binds as one JDBC batch).
 */
final class StatementRunner {
    private final ChunkStore chunks;
    private final DialectTranslator translator = new DialectTranslator();

    StatementRunner(ChunkStore chunks) {
        this.chunks = chunks;
    }

    /** What ran, its answer, and how many bind parameters the statement has. */
    record Outcome(StatementKind kind, Rowset rowset, int parameters) {
        Outcome(StatementKind kind, Rowset rowset) {
            this(kind, rowset, 0);
        }
    }

    Outcome run(EmulatedSession session, String sql, BindDecoder.Binds binds, String requestId, String queryId)
            throws SQLException {
        SqlTokens tokens = SqlTokens.of(sql);
        StatementKind kind = StatementKind.of(tokens);
        if (kind.isSessionCommand()) {
            return new Outcome(kind, SessionCommands.run(session, kind, tokens));
        }
        if (kind == StatementKind.SHOW || kind == StatementKind.DESCRIBE) {
            return new Outcome(kind, MetadataCommands.run(session, ShowStatement.parse(tokens)));
        }
        if (DatabaseCommands.handles(tokens)) {
            return new Outcome(StatementKind.DDL, DatabaseCommands.run(session, tokens));
        }
        List<String> statements = translator.translate(QueryCancellation.apply(session, sql), context(session));
        for (String prelude : statements.subList(0, statements.size() - 1)) {
            try (Statement statement = session.connection().createStatement()) {
                statement.execute(prelude);
            }
        }
        String last = statements.get(statements.size() - 1);
        try (PreparedStatement statement = session.connection().prepareStatement(last)) {
            session.running(requestId, statement);
            try {
                if (binds.batch()) {
                    return new Outcome(kind, runBatch(statement, kind, binds), binds.count());
                }
                binds.apply(statement, 0);
                if (statement.execute()) {
                    try (ResultSet rs = statement.getResultSet()) {
                        return new Outcome(StatementKind.SELECT, encoder(session).encode(rs, queryId), binds.count());
                    }
                }
                long count = Math.max(statement.getLargeUpdateCount(), 0);
                return new Outcome(kind, answerWithoutRows(session, kind, SqlTokens.of(last), count), binds.count());
            } finally {
                session.finished(requestId);
            }
        }
    }

    private RowsetEncoder encoder(EmulatedSession session) throws SQLException {
        return new RowsetEncoder(new ColumnTypeMapper(session.currentDatabase(), ColumnCatalog.of(session)), chunks);
    }

    static DialectContext context(EmulatedSession session) throws SQLException {
        ColumnCatalog catalog = ColumnCatalog.of(session);
        return new DialectContext(session.user() == null ? null : session.user().toUpperCase(java.util.Locale.ROOT),
                session.role() == null ? "PUBLIC" : session.role(), session.currentDatabase(), session.schema(),
                session.warehouse(), session.account(), session.id(), session.databases().names(),
                catalog.localTimestampNames(), catalog.zonedTimestampNames());
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

    private static Rowset answerWithoutRows(EmulatedSession session, StatementKind kind, SqlTokens tokens, long count)
            throws SQLException {
        if (kind.isDml()) {
            return Rowset.count(countColumn(kind), count);
        }
        session.databases().byName(session.currentDatabase()).orElseThrow().ddlExecuted(tokens);
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
        if (kind.isSessionCommand() || kind == StatementKind.SHOW || kind == StatementKind.DESCRIBE
                || DatabaseCommands.handles(tokens)) {
            return new Outcome(kind, Rowset.status(SessionCommands.DONE).withoutRows());
        }
        List<String> statements = translator.translate(sql, context(session));
        if (statements.size() > 1) {
            return new Outcome(kind, Rowset.status(SessionCommands.DONE).withoutRows());
        }
        try (PreparedStatement statement = session.connection().prepareStatement(statements.get(0))) {
            int parameters = statement.getParameterMetaData().getParameterCount();
            if (kind.isDml()) {
                return new Outcome(kind, Rowset.count(countColumn(kind), 0).withoutRows(), parameters);
            }
            ResultSetMetaData metaData = statement.getMetaData();
            if (metaData == null) {
                return new Outcome(kind, Rowset.status(SessionCommands.DONE).withoutRows(), parameters);
            }
            return new Outcome(kind == StatementKind.DDL ? StatementKind.SELECT : kind, encoder(session).describe(metaData),
                    parameters);
        }
    }
}
