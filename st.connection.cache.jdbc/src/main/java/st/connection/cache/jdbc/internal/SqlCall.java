package st.connection.cache.jdbc.internal;

import java.sql.SQLException;
import java.sql.Statement;

/** A call on the driver's statement, made now or deferred until the statement is opened. */
@FunctionalInterface
interface SqlCall {

    void on(Statement raw) throws SQLException;
}
