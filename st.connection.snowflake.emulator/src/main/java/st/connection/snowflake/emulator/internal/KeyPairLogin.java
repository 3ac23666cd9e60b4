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
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import st.connection.snowflake.emulator.SnowflakeErrorCodes;

/**
 * Checks the JWT of a key-pair login ({@code AUTHENTICATOR=SNOWFLAKE_JWT}) as Snowflake does: signed
 * RS256 with the private key whose public key is registered for the user, subject
 * {@code ACCOUNT.USER} naming the emulator's account, issuer
 * {@code ACCOUNT.USER.SHA256:<fingerprint of that public key>}, not expired.
 *
 * <p>Every refusal answers 390144 "JWT token is invalid. [id]", as Snowflake does; the specific
 * reason (Snowflake's name for it, e.g. {@code JWT_TOKEN_ACCOUNT_MISMATCH}) goes to the debug log
 * with the same id, where Snowflake's administrators read it with
 * {@code SYSTEM$GET_LOGIN_FAILURE_DETAILS}. Thread safe.
 */
final class KeyPairLogin {
    private static final Logger LOG = LoggerFactory.getLogger(KeyPairLogin.class);

    /** Why a JWT is refused, by Snowflake's names of the login failure details. */
    enum Refusal {
        JWT_TOKEN_INVALID,
        JWT_TOKEN_ACCOUNT_MISMATCH,
        JWT_TOKEN_INVALID_USER_IN_ISSUER,
        JWT_TOKEN_INVALID_PUBLIC_KEY_FINGERPRINT_MISMATCH,
        JWT_TOKEN_INVALID_ISSUE_TIME,
        JWT_TOKEN_INVALID_SIGNATURE
    }

    private final ObjectMapper json = new ObjectMapper();
    private final String account;
    private final Clock clock;

    /** @param account the emulator's account, as a driver would name it in the JWT */
    KeyPairLogin(String account, Clock clock) {
        this.account = accountInToken(account);
        this.clock = clock;
    }

    /**
     * The account as the driver writes it into a JWT: upper case, without the region or cloud
     * segments that follow the first dot.
     */
    static String accountInToken(String account) {
        int dot = account.indexOf('.');
        return (dot > 0 ? account.substring(0, dot) : account).toUpperCase(Locale.ROOT);
    }

    /** @throws SnowflakeError 390144 when the token does not prove the user holds the registered key */
    void verify(String jwt, String user, PublicKey registered) throws SnowflakeError {
        Refusal refusal = refusal(jwt, user, registered);
        if (refusal != null) {
            throw refused(refusal, user);
        }
    }

    /** A refusal for a user without a registered key, with the same answer as any other. */
    static SnowflakeError refusedWithoutKey(String user) {
        return refused(Refusal.JWT_TOKEN_INVALID, user);
    }

    private Refusal refusal(String jwt, String user, PublicKey registered) {
        String[] parts = jwt == null ? new String[0] : jwt.split("\\.");
        if (parts.length != 3) {
            return Refusal.JWT_TOKEN_INVALID;
        }
        try {
            JsonNode header = decode(parts[0]);
            JsonNode claims = decode(parts[1]);
            String subject = claims.path("sub").asText("");
            int dot = subject.indexOf('.');
            if (!"RS256".equals(header.path("alg").asText()) || dot <= 0) {
                return Refusal.JWT_TOKEN_INVALID;
            }
            if (!subject.substring(0, dot).equals(account)) {
                return Refusal.JWT_TOKEN_ACCOUNT_MISMATCH;
            }
            String issuer = claims.path("iss").asText("");
            if (!subject.substring(dot + 1).equals(user.toUpperCase(Locale.ROOT)) || !issuer.startsWith(subject + ".")) {
                return Refusal.JWT_TOKEN_INVALID_USER_IN_ISSUER;
            }
            if (!issuer.equals(subject + ".SHA256:" + fingerprint(registered))) {
                return Refusal.JWT_TOKEN_INVALID_PUBLIC_KEY_FINGERPRINT_MISMATCH;
            }
            if (claims.path("exp").asLong(0) <= clock.instant().getEpochSecond()) {
                return Refusal.JWT_TOKEN_INVALID_ISSUE_TIME;
            }
            if (!signedBy(registered, parts[0] + "." + parts[1], Base64.getUrlDecoder().decode(parts[2]))) {
                return Refusal.JWT_TOKEN_INVALID_SIGNATURE;
            }
            return null;
        } catch (IOException | IllegalArgumentException | GeneralSecurityException malformed) {
            return Refusal.JWT_TOKEN_INVALID;
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

    private static SnowflakeError refused(Refusal refusal, String user) {
        String id = UUID.randomUUID().toString();
        LOG.debug("Key-pair login of {} refused [{}]: {}", user, id, refusal);
        return SnowflakeError.of(SnowflakeErrorCodes.JWT_TOKEN_INVALID, ErrorMessages.JWT_TOKEN_INVALID + " [" + id + "]");
    }
}
