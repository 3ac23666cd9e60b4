package st.connection.snowflake.emulator.internal;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import st.connection.snowflake.emulator.SnowflakeErrorCodes;

/**
 * {@code GET /queries/{id}/result}: the answer of a query of the session by its id (statements that
 * ran longer than the wait, asynchronous queries, children of multi-statement requests,
 * {@code createResultSet(queryId)}). A query still running after the wait answers 333333 "in
 * progress" with the URL to ask again, as Snowflake does. Counts every request.
 */
final class QueryResultHandler implements EndpointHandler {
    static final String IN_PROGRESS = "333333";
    static final String IN_PROGRESS_MESSAGE = "Query execution in progress. Query will continue executing.";

    private final SessionRegistry sessions;
    private final Duration wait;
    private final Counters counters;

    /** @param wait how long to wait for a running query's answer */
    QueryResultHandler(SessionRegistry sessions, Duration wait, Counters counters) {
        this.sessions = sessions;
        this.wait = wait;
        this.counters = counters;
    }

    @Override
    public JsonNode handle(EmulatorRequest request) throws Exception {
        counters.resultRequested();
        EmulatedSession session = sessions.authenticate(request.token());
        String queryId = request.path().substring("/queries/".length(), request.path().length() - "/result".length());
        SessionResults.Query query = session.results().byId(queryId).orElseThrow(() -> SnowflakeError.ofSql(
                SnowflakeErrorCodes.OBJECT_DOES_NOT_EXIST, "02000",
                "Statement " + queryId + " not found", queryId));
        try {
            return query.answer().get(wait.toNanos(), TimeUnit.NANOSECONDS);
        } catch (TimeoutException running) {
            return Replies.stillRunning(queryId, IN_PROGRESS, IN_PROGRESS_MESSAGE);
        } finally {
            sessions.used(session);
        }
    }
}
