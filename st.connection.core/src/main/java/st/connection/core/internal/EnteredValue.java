package st.connection.core.internal;

import st.connection.api.FormField;

/**
 * The checks every connector gets for what a person types into a login form, before anything is
 * connected: a bounded length, and no control characters, which no name needs and which forge log
 * lines, end C strings early ({@code %00}) or split protocol headers. A secret may hold tabs and
 * line breaks (a pasted key). Refusals name the field, never the value.
 */
final class EnteredValue {

    private static final int LONGEST_LOGGED = 100;

    private EnteredValue() {
    }

    /** @return why the value is refused, in one sentence, or {@code null} if it may be used */
    static String refusal(FormField field, String value) {
        if (value == null) {
            return null;
        }
        if (value.length() > LoginAttempt.MAX_VALUE_LENGTH) {
            return "The value for " + field.label() + " is too long (at most " + LoginAttempt.MAX_VALUE_LENGTH
                    + " characters).";
        }
        boolean refused = value.chars().anyMatch(c -> isControl(c) && !(field.secret() && isLineOrTab(c)));
        return refused ? "The value for " + field.label() + " may not contain control characters." : null;
    }

    /**
     * @return the value for a log line: every control character shown as {@code ?}, so that it cannot
     *     forge a line, and at most {@value #LONGEST_LOGGED} characters
     */
    static String printable(String value) {
        StringBuilder shown = new StringBuilder(Math.min(value.length(), LONGEST_LOGGED + 3));
        value.chars().limit(LONGEST_LOGGED).forEach(c -> shown.append(isControl(c) ? '?' : (char) c));
        return value.length() > LONGEST_LOGGED ? shown.append("...").toString() : shown.toString();
    }

    /** Control characters, and the Unicode line and paragraph separators that some log viewers break at. */
    private static boolean isControl(int c) {
        int type = Character.getType(c);
        return type == Character.CONTROL || type == Character.LINE_SEPARATOR || type == Character.PARAGRAPH_SEPARATOR;
    }

    private static boolean isLineOrTab(int c) {
        return c == '\t' || c == '\n' || c == '\r';
    }
}
