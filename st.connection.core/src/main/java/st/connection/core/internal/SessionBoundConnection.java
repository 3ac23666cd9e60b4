package st.connection.core.internal;

import st.connection.api.ConnectionStatus;
import st.connection.api.ManagedConnection;
import st.connection.core.internal.cache.PersonResults;

/**
 * A shared connection as seen by one person: the same connection, but with
 * {@code cache.scope=session} the results it caches are this person's own.
 */
final class SessionBoundConnection<C> implements ManagedConnection<C> {

    private final SharedConnection<C> shared;
    private final PersonResults person;
    private volatile PersonView<C> last;

    SessionBoundConnection(SharedConnection<C> shared, PersonResults person) {
        this.shared = shared;
        this.person = person;
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
        if (!shared.cachesPerPerson()) {
            return base;
        }
        PersonView<C> view = last;
        if (view != null && view.base() == base) {
            return view.view();
        }
        LiveConnection<C> live = shared.liveBehind(base);
        if (live == null) {
            return base;
        }
        view = new PersonView<>(base, live.viewFor(person));
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

    /** The person's view of the connection behind one view of the shared handle. */
    private record PersonView<C>(C base, C view) {
    }
}
