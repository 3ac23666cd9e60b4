package st.connection.operations.internal;

/**
 * JMX figures of one login form, {@code st.connection:type=LoginForm,name=NAME}: logins through
 * it since the operations bundle started, and the cache figures of the personal connections.
 */
public interface LoginFormMXBean extends CacheFigures {

    long getLoginsSucceeded();

    long getLoginsFailed();
}
