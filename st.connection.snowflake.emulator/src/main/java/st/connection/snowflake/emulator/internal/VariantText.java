package st.connection.snowflake.emulator.internal;

import java.io.IOException;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.io.JsonStringEncoder;

/**
 * A semi-structured value as Snowflake sends it in a result: objects and arrays spread over
 * lines, two spaces deeper per level, one member or element a line, {@code "key": value}; empty
 * ones as {@code {}} and {@code []}; scalars as their JSON text, numbers exactly as stored. (A
 * cast to text, {@code ::string} or {@code TO_VARCHAR}, keeps the compact form; that is not this.)
 * The emulator stores values compact; text that is not one JSON value is sent as it is.
 */
final class VariantText {

    private static final JsonFactory JSON = new JsonFactory();

    private VariantText() {
    }

    static String asSent(String stored) {
        if (stored == null) {
            return null;
        }
        try (JsonParser parser = JSON.createParser(stored)) {
            JsonToken first = parser.nextToken();
            if (first == null) {
                return stored;
            }
            StringBuilder text = new StringBuilder(stored.length() * 2);
            append(parser, first, "", text);
            return parser.nextToken() == null ? text.toString() : stored;
        } catch (IOException notJson) {
            return stored;
        }
    }

    /** Appends the value that begins with {@code token}, leaving the parser on its last token. */
    private static void append(JsonParser parser, JsonToken token, String indent, StringBuilder text) throws IOException {
        String inner = indent + "  ";
        if (token == JsonToken.START_OBJECT) {
            JsonToken next = parser.nextToken();
            boolean empty = next == JsonToken.END_OBJECT;
            text.append('{');
            for (boolean first = true; next != JsonToken.END_OBJECT; next = parser.nextToken(), first = false) {
                text.append(first ? "\n" : ",\n").append(inner);
                quoted(parser.currentName(), text).append(": ");
                append(parser, parser.nextToken(), inner, text);
            }
            text.append(empty ? "}" : "\n" + indent + "}");
        } else if (token == JsonToken.START_ARRAY) {
            JsonToken next = parser.nextToken();
            boolean empty = next == JsonToken.END_ARRAY;
            text.append('[');
            for (boolean first = true; next != JsonToken.END_ARRAY; next = parser.nextToken(), first = false) {
                text.append(first ? "\n" : ",\n").append(inner);
                append(parser, next, inner, text);
            }
            text.append(empty ? "]" : "\n" + indent + "]");
        } else if (token == JsonToken.VALUE_STRING) {
            quoted(parser.getText(), text);
        } else {
            text.append(parser.getText());
        }
    }

    private static StringBuilder quoted(String value, StringBuilder text) {
        return text.append('"').append(JsonStringEncoder.getInstance().quoteAsString(value)).append('"');
    }
}
