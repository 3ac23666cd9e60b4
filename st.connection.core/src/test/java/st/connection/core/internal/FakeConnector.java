package st.connection.core.internal;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Predicate;

import st.connection.api.Connector;

/**
 * A connector for unit tests: its connections are {@link FakeConnection}s, it counts what it is
 * asked, records the parameters it got, and can be told to block, fail or answer checks by hand.
 */
class FakeConnector implements Connector<FakeConnector.FakeConnection> {

    /** A connection of the fake connector; open until closed or killed. */
    static final class FakeConnection {
        final int id;
        volatile boolean open = true;

        FakeConnection(int id) {
            this.id = id;
        }
    }

    /** What {@link #connect} does, given the attempt's number; may block or throw. */
    interface Opening {
        FakeConnection open(int attempt) throws Exception;
    }

    final AtomicInteger connects = new AtomicInteger();
    final AtomicInteger checks = new AtomicInteger();
    final AtomicInteger closes = new AtomicInteger();
    final List<Map<String, Object>> received = new ArrayList<>();
    /** Answers of the next checks, before the connection's own state is asked. */
    final Deque<Boolean> nextChecks = new ArrayDeque<>();
    volatile Opening opening = FakeConnection::new;
    volatile Predicate<Throwable> fatal = failure -> true;

    @Override
    public Class<FakeConnection> type() {
        return FakeConnection.class;
    }

    @Override
    public FakeConnection connect(Map<String, Object> params) throws Exception {
        synchronized (received) {
            received.add(new HashMap<>(params));
        }
        return opening.open(connects.incrementAndGet());
    }

    @Override
    public boolean isOpen(FakeConnection connection) {
        checks.incrementAndGet();
        synchronized (nextChecks) {
            Boolean answer = nextChecks.poll();
            if (answer != null) {
                return answer;
            }
        }
        return connection.open;
    }

    @Override
    public void close(FakeConnection connection) {
        closes.incrementAndGet();
        connection.open = false;
    }

    @Override
    public boolean isFatal(Throwable failure) {
        return fatal.test(failure);
    }

    void answerNextChecks(Boolean... answers) {
        synchronized (nextChecks) {
            nextChecks.addAll(List.of(answers));
        }
    }
}
