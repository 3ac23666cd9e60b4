package st.connection.cache.h2.internal;

import java.io.DataInput;
import java.io.DataOutput;
import java.io.IOException;

/**
 * Strings and byte arrays as their length and content: strings char by char (any char, unpaired
 * surrogates too, nothing re-encoded), {@code null} as length -1. Stateless.
 */
final class PortableText {

    private PortableText() {
    }

    static void writeString(String text, DataOutput out) throws IOException {
        if (text == null) {
            out.writeInt(-1);
            return;
        }
        out.writeInt(text.length());
        out.writeChars(text);
    }

    static String readString(DataInput in) throws IOException {
        int length = in.readInt();
        if (length < 0) {
            return null;
        }
        char[] chars = new char[length];
        for (int i = 0; i < length; i++) {
            chars[i] = in.readChar();
        }
        return new String(chars);
    }

    static void writeBytes(byte[] bytes, DataOutput out) throws IOException {
        out.writeInt(bytes.length);
        out.write(bytes);
    }

    static byte[] readBytes(DataInput in) throws IOException {
        byte[] bytes = new byte[in.readInt()];
        in.readFully(bytes);
        return bytes;
    }
}
