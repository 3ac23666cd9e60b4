package st.connection.example.cache.internal;

import java.nio.ByteBuffer;

import st.connection.api.cache.PortableForm;
import st.connection.example.cache.internal.KeyValueCacheAdapter.Found;
import st.connection.example.cache.internal.KeyValueCacheAdapter.Get;

/**
 * A read's request and answer as bytes, for a cache that several nodes share: the key's chars;
 * the answer's, behind one byte that tells a value from "no value". Chars, not a charset: every
 * string, unpaired surrogates included, comes back as it was, and distinct keys stay distinct.
 */
enum FoundForm implements PortableForm<Found> {
    INSTANCE;

    private static final byte ABSENT = 0;
    private static final byte PRESENT = 1;

    @Override
    public byte[] request(Object request) {
        if (!(request instanceof Get get)) {
            return null;
        }
        ByteBuffer bytes = ByteBuffer.allocate(2 * get.key().length());
        bytes.asCharBuffer().put(get.key());
        return bytes.array();
    }

    @Override
    public byte[] write(Found found) {
        if (found.value() == null) {
            return new byte[] {ABSENT};
        }
        ByteBuffer bytes = ByteBuffer.allocate(1 + 2 * found.value().length()).put(PRESENT);
        bytes.asCharBuffer().put(found.value());
        return bytes.array();
    }

    @Override
    public Found read(byte[] bytes) {
        if (bytes[0] == ABSENT) {
            return new Found(null);
        }
        return new Found(ByteBuffer.wrap(bytes, 1, bytes.length - 1).slice().asCharBuffer().toString());
    }
}
