package st.connection.operations.internal;

/** The {@link LoginFormMXBean} of one login form; reads the figures when JMX asks. */
final class LoginFormFigures extends SummedCacheFigures implements LoginFormMXBean {

    private final ConnectionCounts counts;

    LoginFormFigures(ConnectionCounts counts, CacheFiguresOf cache) {
        super(cache);
        this.counts = counts;
    }

    @Override
    public long getLoginsSucceeded() {
        return counts.loginsSucceeded();
    }

    @Override
    public long getLoginsFailed() {
        return counts.loginsFailed();
    }
}
