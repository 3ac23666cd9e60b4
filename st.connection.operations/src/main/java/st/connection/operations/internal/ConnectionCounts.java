package st.connection.operations.internal;

import java.time.Instant;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;

import st.connection.api.event.ConnectionEvent;

/**
 * What happened to one connection name (a shared connection or a login form) since the bundle
 * started, counted from its events. Thread safe.
 */
final class ConnectionCounts {

    private final AtomicLong opens = new AtomicLong();
    private final AtomicLong reopens = new AtomicLong();
    private final AtomicLong failures = new AtomicLong();
    private final AtomicLong loginsSucceeded = new AtomicLong();
    private final AtomicLong loginsFailed = new AtomicLong();
    private final AtomicReference<ConnectionEvent> lastReopen = new AtomicReference<>();

    void count(ConnectionEvent event) {
        switch (event.type()) {
            case SHARED_OPENED -> opens.incrementAndGet();
            case SHARED_REOPENED -> {
                opens.incrementAndGet();
                reopens.incrementAndGet();
                lastReopen.set(event);
            }
            case SHARED_FAILED -> failures.incrementAndGet();
            case LOGIN_SUCCEEDED -> loginsSucceeded.incrementAndGet();
            case LOGIN_FAILED -> loginsFailed.incrementAndGet();
            default -> {
                // closes, logouts, ended sessions and cleared caches are in the recent events only
            }
        }
    }

    /** @return every successful open, the first included */
    long opens() {
        return opens.get();
    }

    long reopens() {
        return reopens.get();
    }

    /** @return failed attempts to open the shared connection */
    long failures() {
        return failures.get();
    }

    long loginsSucceeded() {
        return loginsSucceeded.get();
    }

    long loginsFailed() {
        return loginsFailed.get();
    }

    /** @return when the connection was last reopened, or {@code null} */
    Instant lastReopenedAt() {
        ConnectionEvent last = lastReopen.get();
        return last == null ? null : last.time();
    }

    /** @return why it was last reopened, or {@code null} */
    String lastReopenReason() {
        ConnectionEvent last = lastReopen.get();
        return last == null ? null : last.reason();
    }
}
