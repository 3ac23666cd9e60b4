/**
 * JDBC specifics of the caching decorator: how one driver's results are kept and served again
 * exactly as the driver serves them.
 *
 * <p>A cached {@link java.sql.ResultSet} must be indistinguishable from the driver's: every
 * getter, with every argument, gives the same value of the same class, or throws where the
 * driver throws. No generic copy can promise that, since each driver converts values its own
 * way. So results are cached only for drivers with a {@link st.connection.api.jdbc.ResultReplay}:
 * a service, contributed by the bundle that knows the driver, that captures the driver's own
 * representation of the rows and serves it through the driver's own conversions. Results of
 * other drivers are served uncached, and the platform says so once. A replay that can write its
 * captured results as bytes lets several nodes share them (see
 * {@link st.connection.api.jdbc.ResultReplay#portableForm}).
 */
@Export
@Version("1.2.0")
package st.connection.api.jdbc;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
