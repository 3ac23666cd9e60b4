package st.connection.core.internal;

import java.util.Map;
import java.util.Optional;

import st.connection.api.LoginFailedException;
import st.connection.api.LoginForm;
import st.connection.api.ManagedConnection;
import st.connection.api.UserConnections;

/** A view of one session's connections in {@link PersonalSessions}; holds no state of its own. */
final class PersonalConnectionsView implements UserConnections {

    private final String sessionId;
    private final PersonalSessions sessions;

    PersonalConnectionsView(String sessionId, PersonalSessions sessions) {
        this.sessionId = sessionId;
        this.sessions = sessions;
    }

    @Override
    public String sessionId() {
        return sessionId;
    }

    @Override
    public <C> ManagedConnection<C> login(LoginForm form, Map<String, ?> entered) throws LoginFailedException {
        return sessions.login(sessionId, form, entered);
    }

    @Override
    public Optional<ManagedConnection<?>> current(String formName) {
        return sessions.current(sessionId, formName);
    }

    @Override
    public <C> ManagedConnection<C> shared(String connectionName) {
        return sessions.shared(sessionId, connectionName);
    }

    @Override
    public Entered enter() {
        return sessions.enter(sessionId);
    }

    @Override
    public void logout(String formName) {
        sessions.logout(sessionId, formName);
    }

    @Override
    public void end() {
        sessions.end(sessionId);
    }

    @Override
    public String toString() {
        return "UserConnections[" + sessions.formsOf(sessionId) + "]";
    }
}
