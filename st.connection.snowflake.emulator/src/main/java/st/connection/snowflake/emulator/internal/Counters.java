package st.connection.snowflake.emulator.internal;

import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.concurrent.atomic.LongAdder;

/** What the emulator has served since start or the last {@link #reset()}. Thread safe. */
public final class Counters {
    private final LongAdder successfulLogins = new LongAdder();
    private final LongAdder failedLogins = new LongAdder();
    private final LongAdder queries = new LongAdder();
    private final LongAdder heartbeats = new LongAdder();
    private final LongAdder tokenRenewals = new LongAdder();
    private final LongAdder unsupportedRequests = new LongAdder();
    private final LongAdder chunkRequests = new LongAdder();
    private final LongAdder resultRequests = new LongAdder();
    private final ConcurrentMap<String, LongAdder> queriesBySession = new ConcurrentHashMap<>();

    void loginSucceeded() {
        successfulLogins.increment();
    }

    void loginFailed() {
        failedLogins.increment();
    }

    void queryExecuted(String sessionId) {
        queries.increment();
        queriesBySession.computeIfAbsent(sessionId, id -> new LongAdder()).increment();
    }

    void heartbeatReceived() {
        heartbeats.increment();
    }

    void tokenRenewed() {
        tokenRenewals.increment();
    }

    /** Session tokens renewed with a master token (refused renewals not counted). */
    public long tokenRenewals() {
        return tokenRenewals.sum();
    }

    void chunkRequested() {
        chunkRequests.increment();
    }

    /** Chunk downloads requested, including failed ones. */
    public long chunkRequests() {
        return chunkRequests.sum();
    }

    void resultRequested() {
        resultRequests.increment();
    }

    /** Requests for a query's result by its id, including ones answered "still running". */
    public long resultRequests() {
        return resultRequests.sum();
    }

    void unsupportedRequestReceived() {
        unsupportedRequests.increment();
    }

    public long successfulLogins() {
        return successfulLogins.sum();
    }

    public long failedLogins() {
        return failedLogins.sum();
    }

    public long queries() {
        return queries.sum();
    }

    public long queries(String sessionId) {
        LongAdder count = queriesBySession.get(sessionId);
        return count == null ? 0 : count.sum();
    }

    public long heartbeats() {
        return heartbeats.sum();
    }

    public long unsupportedRequests() {
        return unsupportedRequests.sum();
    }

    public void reset() {
        successfulLogins.reset();
        failedLogins.reset();
        queries.reset();
        heartbeats.reset();
        tokenRenewals.reset();
        unsupportedRequests.reset();
        chunkRequests.reset();
        resultRequests.reset();
        queriesBySession.clear();
    }
}
