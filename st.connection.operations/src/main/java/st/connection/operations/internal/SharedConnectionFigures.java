package st.connection.operations.internal;

import java.util.function.Supplier;

import st.connection.api.ConnectionStatus;

/** The {@link SharedConnectionMXBean} of one shared connection; reads the figures when JMX asks. */
final class SharedConnectionFigures extends SummedCacheFigures implements SharedConnectionMXBean {

    private final Supplier<ConnectionStatus> status;
    private final ConnectionCounts counts;

    SharedConnectionFigures(Supplier<ConnectionStatus> status, ConnectionCounts counts, CacheFiguresOf cache) {
        super(cache);
        this.status = status;
        this.counts = counts;
    }

    @Override
    public String getState() {
        ConnectionStatus now = status.get();
        return now == null ? "CLOSED" : now.state().name();
    }

    @Override
    public long getOpens() {
        return counts.opens();
    }

    @Override
    public long getReopens() {
        return counts.reopens();
    }

    @Override
    public long getFailures() {
        return counts.failures();
    }
}
