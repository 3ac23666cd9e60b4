package st.connection.core.internal;

import st.connection.api.ConnectionStatus;
import st.connection.api.ManagedConnection;
import st.connection.core.internal.cache.CacheScope;

/**
 * A shared connection as seen from one session: the same connection, but with
 * {@code cache.scope=session} its cached results are this session's own.
 */
final class SessionBoundConnection<C> implements ManagedConnection<C> {

    private final SingletonConnection<C> shared;
    private final CacheScope scope;
    private volatile SessionView<C> last;

    SessionBoundConnection(SingletonConnection<C> shared, String sessionId) {
        this.shared = shared;
        this.scope = CacheScope.session(shared.name(), sessionId);
    }

    @Override
    public String name() {
        return shared.name();
    }

    @Override
    public String connector() {
        return shared.connector();
    }

    @Override
    public C get() {
        C base = shared.get();
        if (!shared.cachesPerSession()) {
            return base;
        }
        SessionView<C> view = last;
        if (view != null && view.base() == base) {
            return view.view();
        }
        LiveConnection<C> live = shared.liveBehind(base);
        if (live == null) {
            return base;
        }
        view = new SessionView<>(base, live.viewFor(scope));
        last = view;
        return view.view();
    }

    @Override
    public void reportFailure(Throwable failure) {
        shared.reportFailure(failure);
    }

    @Override
    public ConnectionStatus status() {
        return shared.status();
    }

    /** The session's view of the connection behind one view of the shared handle. */
    private record SessionView<C>(C base, C view) {
    }
}
