/**
 * The caching decorator: how a connection type plugs into the platform's result cache.
 *
 * <p>The core bundle owns the cache (the store, its bounds, expiry, statistics). A bundle that
 * knows a connection type registers a {@link st.connection.api.cache.CacheAdapter} for it; when a
 * connection of that type is configured with a {@code ttl}, the platform hands each view of the
 * connection to the adapter together with a {@link st.connection.api.cache.ConnectionCache}, and
 * callers receive what the adapter returns. Applications steer single requests through
 * {@link st.connection.api.cache.CacheControl}.
 */
@Export
@Version("1.1.0")
package st.connection.api.cache;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
