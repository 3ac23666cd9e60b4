package st.connection.cache.jdbc.internal;

import java.sql.SQLException;
import java.sql.Statement;

/** Opens the driver's statement as the connection call that asked for the statement would have. */
@FunctionalInterface
interface StatementOpener {

    Statement open() throws SQLException;
}
