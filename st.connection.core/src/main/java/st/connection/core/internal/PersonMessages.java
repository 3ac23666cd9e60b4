package st.connection.core.internal;

import st.connection.api.LoginFailedException;

/** Turns failures into one sentence fit to show a person: no stack trace, no secret. */
final class PersonMessages {

    private static final int MAX_LENGTH = 300;

    private PersonMessages() {
    }

    /** @return the first line of the most telling message in the cause chain */
    static String summarize(Throwable failure) {
        if (failure instanceof LoginFailedException) {
            return firstLine(failure.getMessage());
        }
        Throwable telling = failure;
        while (telling.getMessage() == null && telling.getCause() != null) {
            telling = telling.getCause();
        }
        String message = telling.getMessage();
        if (message == null || message.isBlank()) {
            return "the data source failed without a message (" + telling.getClass().getSimpleName() + ")";
        }
        return firstLine(message);
    }

    private static String firstLine(String message) {
        String line = message.strip().lines().findFirst().orElse("").strip();
        return line.length() > MAX_LENGTH ? line.substring(0, MAX_LENGTH) + "..." : line;
    }
}
