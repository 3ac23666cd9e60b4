package st.connection.snowflake.emulator.internal;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.PublicKey;
import java.security.Signature;
import java.time.Clock;
import java.util.Base64;
import java.util.Locale;
import st.connection.snowflake.emulator.SnowflakeErrorCodes;

/**
 * Checks the JWT of a key-pair login ({@code AUTHENTICATOR=SNOWFLAKE_JWT}) as Snowflake does: signed
 * RS256 with the private key whose public key is registered for the user, subject
 * {@code ACCOUNT.USER}, issuer {@code ACCOUNT.USER.SHA256:<fingerprint of that public key>}, not
 * expired. Thread safe.
 */
final class KeyPairLogin {
    private final ObjectMapper json = new ObjectMapper();
    private final Clock clock;

    KeyPairLogin(Clock clock) {
        this.clock = clock;
    }

    /** @throws SnowflakeError 390144 when the token does not prove the user holds the registered key */
    void verify(String jwt, String user, PublicKey registered) throws SnowflakeError {
        String[] parts = jwt == null ? new String[0] : jwt.split("\\.");
        if (parts.length != 3) {
            throw invalid();
        }
        try {
            JsonNode header = decode(parts[0]);
            JsonNode claims = decode(parts[1]);
            String expectedUser = "." + user.toUpperCase(Locale.ROOT);
            String subject = claims.path("sub").asText("");
            boolean valid = "RS256".equals(header.path("alg").asText())
                    && subject.endsWith(expectedUser)
                    && claims.path("iss").asText("").equals(subject + ".SHA256:" + fingerprint(registered))
                    && claims.path("exp").asLong(0) > clock.instant().getEpochSecond()
                    && signedBy(registered, parts[0] + "." + parts[1], Base64.getUrlDecoder().decode(parts[2]));
            if (!valid) {
                throw invalid();
            }
        } catch (IOException | IllegalArgumentException | GeneralSecurityException malformed) {
            throw invalid();
        }
    }

    private JsonNode decode(String part) throws IOException {
        return json.readTree(Base64.getUrlDecoder().decode(part));
    }

    /** Snowflake's fingerprint of a public key: Base64 of the SHA-256 of its DER encoding. */
    static String fingerprint(PublicKey key) throws GeneralSecurityException {
        return Base64.getEncoder().encodeToString(MessageDigest.getInstance("SHA-256").digest(key.getEncoded()));
    }

    private static boolean signedBy(PublicKey key, String signedPart, byte[] signature) throws GeneralSecurityException {
        Signature verifier = Signature.getInstance("SHA256withRSA");
        verifier.initVerify(key);
        verifier.update(signedPart.getBytes(StandardCharsets.US_ASCII));
        return verifier.verify(signature);
    }

    private static SnowflakeError invalid() {
        return SnowflakeError.of(SnowflakeErrorCodes.JWT_TOKEN_INVALID, ErrorMessages.JWT_TOKEN_INVALID);
    }
}
