package st.connection.core.internal;

import java.util.function.Consumer;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import st.connection.api.ConnectionStatus.State;
import st.connection.api.Connector;
import st.connection.api.ConnectorUnavailableException;
import st.connection.api.LoginForm;
import st.connection.api.LoginRequiredException;

/**
 * A person's connection, bound to their session under a login form's name. It cannot reopen
 * (the credentials are gone): found dead, it is closed and forgotten, and the person must log in
 * again.
 */
final class PersonalConnection<C> extends ManagedConnectionBase<C> {

    private static final Logger LOG = LoggerFactory.getLogger(PersonalConnection.class);

    private final LoginForm form;
    private final String title;
    private final String user;
    private final Consumer<PersonalConnection<C>> forget;
    private final Runnable used;

    /**
     * @param forget unbinds this connection from its scope
     * @param used tells its scope that the connection is in use (called on each liveness check)
     */
    PersonalConnection(LoginForm form, String user, Connector<C> connector, C raw, CachePlan cachePlan,
            long validationIntervalMillis, LifecycleClock timer, Consumer<PersonalConnection<C>> forget, Runnable used) {
        super(form.name(), form.connector(), validationIntervalMillis, timer);
        this.form = form;
        this.title = form.title();
        this.user = user;
        this.forget = forget;
        this.used = used;
        this.live = new LiveConnection<>(form.name(), connector, raw, this::reportFailure, cachePlan, false);
        this.state = State.OPEN;
    }

    /** @return the user name entered at login, or an empty string */
    String user() {
        return user;
    }

    /** @return whether the connection was opened through this form */
    boolean isThrough(LoginForm other) {
        return form.equals(other);
    }

    /** Closes the connection for good, because its login form is no longer offered. */
    void formWithdrawn() {
        LOG.info("Connection of '{}' for form '{}' was closed: the form was withdrawn", user, name());
        lastError = "Your session ended; please log in again.";
        close();
    }

    @Override
    protected C openFirst() {
        if (state == State.CONNECTOR_UNAVAILABLE) {
            throw new ConnectorUnavailableException(connector());
        }
        if (lastError != null) {
            throw ended();
        }
        throw new LoginRequiredException(name(), "You are not logged in to " + title + "; please log in.");
    }

    @Override
    protected C replaceDead(LiveConnection<C> dead) {
        LOG.info("Connection of '{}' for form '{}' was found dead; the user must log in again", user, name());
        state = State.CLOSED;
        lastError = "Your session ended; please log in again.";
        forget.accept(this);
        throw ended();
    }

    private LoginRequiredException ended() {
        return new LoginRequiredException(name(), "Your session with " + title + " ended; please log in again.");
    }

    @Override
    protected void onConnectorRemoved() {
        forget.accept(this);
    }

    @Override
    protected void onOriginStopped() {
        LOG.info("Connection of '{}' for form '{}' was closed: the bundle of its driver is stopping", user, name());
        state = State.CLOSED;
        lastError = "Your session ended; please log in again.";
        forget.accept(this);
    }

    @Override
    protected void checking() {
        used.run();
    }
}
