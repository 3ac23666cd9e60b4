package st.connection.api;

import java.util.Map;
import java.util.Optional;

import org.osgi.annotation.versioning.ProviderType;

/**
 * The connections of one person's session, one per login form.
 *
 * <p><b>Threading.</b> Thread safe.
 */
@ProviderType
public interface UserConnections {

    /** @return the session id this scope belongs to */
    String sessionId();

    /**
     * Opens a connection with what the person entered plus the form's fixed options, and binds it
     * to this session under the form's name, replacing (and closing) an earlier one. The platform
     * does not keep the entered values after the connector returns; {@code char[]} values are
     * zeroed.
     *
     * <p>The connector receives, as a seed's {@code login(form_options, options, form_title)} passes
     * them: each of the form's fields with what the person entered (a field not sent takes its
     * default; a field left empty is left out; nothing but the form's fields is taken from
     * {@code entered}); then the form's fixed {@link LoginForm#options() options}, which win over what
     * the person typed; then the connector's {@link Connector#defaultOptions() default options}, only
     * for keys neither gave. {@value LoginForm#TTL}, {@value LoginForm#VALIDATION_INTERVAL} and
     * {@value LoginForm#CACHE_SCOPE} never reach it: they are the form's own settings.
     *
     * @param entered the values entered for the form's fields, by field name
     * @return the person's connection
     * @throws LoginFailedException if the connection could not be opened; the message says why in
     *     words fit for the person and never contains a secret
     */
    <C> ManagedConnection<C> login(LoginForm form, Map<String, ?> entered) throws LoginFailedException;

    /**
     * Returns the live connection for a form. A connection found dead is closed and forgotten, and
     * the result is empty: show the login form again.
     */
    Optional<ManagedConnection<?>> current(String formName);

    /**
     * Returns a shared connection as seen from this session: the same connection as
     * {@link ConnectionService#singletons()} lists, but query results it caches (when configured
     * with a {@code ttl} and {@code cache.scope=session}) belong to this session only.
     *
     * @throws IllegalArgumentException if there is no shared connection of that name
     */
    <C> ManagedConnection<C> shared(String connectionName);

    /**
     * Makes the calling thread work for this person until the returned handle is closed: reads it
     * makes meanwhile on shared connections configured with a {@code ttl} and
     * {@code cache.scope=session} are cached for this person alone, even when they go through a
     * {@link ManagedConnection} service rather than {@link #shared(String)}. The platform's web
     * front end does this for every request of a person who has an HTTP session, so a servlet
     * need not. Handles nest: closing one restores whom the thread worked for before.
     * <pre>{@code try (UserConnections.Entered entered = connections.user(key).enter()) {
     *     report.render();     // its reads through @Reference ManagedConnection are this person's
     * }}</pre>
     *
     * @return the handle to close on the same thread, once the person's work is done
     */
    Entered enter();

    /** Closes and forgets the connection for a form, if any. */
    void logout(String formName);

    /**
     * Ends the session for good: closes and forgets every connection of it. A login on this key
     * afterwards fails, and so does one that was connecting meanwhile (what it opened is closed).
     */
    void end();

    /** The calling thread works for a person until {@link #close()}; see {@link UserConnections#enter()}. */
    interface Entered extends AutoCloseable {

        /** Restores whom the thread worked for before; call it on the thread that entered. */
        @Override
        void close();
    }
}
