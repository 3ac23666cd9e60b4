package st.connection.core.internal;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * One person's scope in {@link PersonalSessions}: their connections by form name, when it was last
 * used, and whether it ended. An ended scope takes no connection: a login that was connecting
 * while the scope ended closes what it opened instead of binding it.
 *
 * <p><b>Threading.</b> Binding and ending are guarded by the scope itself; the rest is concurrent.
 */
final class PersonalScope {

    private final Map<String, PersonalConnection<?>> byForm = new ConcurrentHashMap<>();
    private volatile long lastUsedMillis;
    /** Guarded by {@code this}. */
    private boolean ended;

    PersonalScope(long nowMillis) {
        this.lastUsedMillis = nowMillis;
    }

    void touch(long nowMillis) {
        lastUsedMillis = nowMillis;
    }

    long lastUsedMillis() {
        return lastUsedMillis;
    }

    /**
     * Binds a connection under its form's name.
     *
     * @return the connection it replaces, or {@code null}
     * @throws ScopeEndedException if the scope ended meanwhile; the caller closes the connection
     */
    synchronized PersonalConnection<?> bind(PersonalConnection<?> connection) {
        if (ended) {
            throw new ScopeEndedException();
        }
        return byForm.put(connection.name(), connection);
    }

    PersonalConnection<?> connection(String formName) {
        return byForm.get(formName);
    }

    void forget(String formName, PersonalConnection<?> connection) {
        byForm.remove(formName, connection);
    }

    /** Ends the scope for good. @return the connections it held, to close */
    synchronized List<PersonalConnection<?>> end() {
        ended = true;
        List<PersonalConnection<?>> held = List.copyOf(byForm.values());
        byForm.clear();
        return held;
    }

    synchronized boolean hasEnded() {
        return ended;
    }

    List<String> forms() {
        return List.copyOf(byForm.keySet());
    }

    List<PersonalConnection<?>> connections() {
        return List.copyOf(byForm.values());
    }

    int size() {
        return byForm.size();
    }

    /** The scope ended while a connection was being bound to it. */
    static final class ScopeEndedException extends RuntimeException {
        private static final long serialVersionUID = 1L;

        ScopeEndedException() {
            super(null, null, false, false);
        }
    }
}
