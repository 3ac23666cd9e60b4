/**
 * The connection type of the example's {@code kv} connector: a session on a small in-memory
 * key-value store. Exported so that other bundles (such as the example cache adapter) can use it.
 */
@Export
@Version("1.0.0")
package st.connection.example;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
