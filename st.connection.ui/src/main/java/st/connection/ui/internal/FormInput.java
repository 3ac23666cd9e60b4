package st.connection.ui.internal;

import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;

import st.connection.api.FormField;
import st.connection.api.LoginForm;

/**
 * What a person submitted for a login form: only the form's own fields, secrets as {@code char[]}
 * so that the platform can wipe them once connected.
 */
final class FormInput {

    /** Values longer than this are not offered back in the form after a failure. */
    private static final int LONGEST_VALUE_SHOWN_AGAIN = 4096;

    private final Map<String, Object> entered;
    private final Map<String, String> shownAgain;

    private FormInput(Map<String, Object> entered, Map<String, String> shownAgain) {
        this.entered = entered;
        this.shownAgain = shownAgain;
    }

    /**
     * @throws BadRequestException if the request body cannot be read as a form (too large, malformed)
     */
    static FormInput read(HttpServletRequest request, LoginForm form) {
        Map<String, Object> entered = new HashMap<>();
        Map<String, String> shownAgain = new LinkedHashMap<>();
        try {
            readFields(request, form, entered, shownAgain);
        } catch (BadRequestException e) {
            entered.values().forEach(FormInput::wipe);
            throw e;
        }
        return new FormInput(entered, shownAgain);
    }

    private static void readFields(HttpServletRequest request, LoginForm form, Map<String, Object> entered,
            Map<String, String> shownAgain) {
        for (FormField field : form.fields()) {
            String value = RequestParameters.of(request, field.name());
            if (value == null) {
                continue;
            }
            if (field.secret()) {
                entered.put(field.name(), value.toCharArray());
            } else {
                entered.put(field.name(), value);
                if (value.length() <= LONGEST_VALUE_SHOWN_AGAIN) {
                    shownAgain.put(field.name(), value);
                }
            }
        }
    }

    /** Wipes the secrets, when they will not be used. */
    void forget() {
        entered.values().forEach(FormInput::wipe);
        entered.clear();
    }

    private static void wipe(Object value) {
        if (value instanceof char[] chars) {
            Arrays.fill(chars, '\0');
        }
    }

    /** @return the values to log in with; the platform wipes and clears them */
    Map<String, Object> entered() {
        return entered;
    }

    /** @return the non-secret values, to fill the form with again after a failure */
    Map<String, String> shownAgain() {
        return shownAgain;
    }

    /** @return the user name entered, or empty */
    String user() {
        return shownAgain.getOrDefault("user", "");
    }

    /** @return the user name entered, whatever its length, or empty */
    String userName() {
        return entered.get("user") instanceof String user ? user : "";
    }
}
