package st.connection.snowflake.emulator.internal.dialect;

import java.util.Locale;

/**
 * One token of a SQL text with where it stands, so that a rewrite replaces exactly the characters
 * it means and leaves the rest of the text (spacing, literals, comments) as written.
 *
 * @param start index of the first character in the text
 * @param end index after the last character
 */
record Token(Kind kind, String text, int start, int end) {

    enum Kind {
        /** A keyword or unquoted identifier; also {@code $1}. */
        WORD,
        /** A double-quoted identifier, quotes included. */
        QUOTED,
        /** A single-quoted string literal, quotes included. */
        STRING,
        NUMBER,
        /** Punctuation and operators, {@code ::}, {@code =>}, {@code ||} as one token. */
        SYMBOL
    }

    /** True for a word equal to {@code keyword}, ignoring case. */
    boolean is(String keyword) {
        return (kind == Kind.WORD || kind == Kind.SYMBOL) && text.equalsIgnoreCase(keyword);
    }

    String upper() {
        return text.toUpperCase(Locale.ROOT);
    }

    boolean isName() {
        return kind == Kind.WORD || kind == Kind.QUOTED;
    }
}
