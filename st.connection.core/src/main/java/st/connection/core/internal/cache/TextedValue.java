package st.connection.core.internal.cache;

import java.io.Serializable;

/**
 * A cell whose driver text ({@code getString}) is not {@code String.valueOf} of its value, e.g. a
 * timestamp or binary value; both are kept so a cached read answers exactly as the original.
 */
record TextedValue(Object value, String text) implements Serializable {
}
