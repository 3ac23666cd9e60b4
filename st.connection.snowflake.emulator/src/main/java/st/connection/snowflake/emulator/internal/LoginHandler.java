package st.connection.snowflake.emulator.internal;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import st.connection.snowflake.emulator.SnowflakeErrorCodes;

/**
 * {@code POST /session/v1/login-request}: checks {@code LOGIN_NAME} and {@code PASSWORD} (or the
 * key-pair JWT, or the OAuth token, as {@code AUTHENTICATOR} says), opens a
 * session with its own H2 connection, and answers with tokens, the session's database, schema,
 * warehouse and role (from the query parameters) and the session parameters the driver needs.
 */
final class LoginHandler implements EndpointHandler {
    private static final Logger LOG = LoggerFactory.getLogger(LoginHandler.class);

    private final UserDirectory users;
    private final Databases databases;
    private final SessionRegistry sessions;
    private final FaultInjector faults;
    private final Counters counters;
    private final String timeZone;
    private final KeyPairLogin keyPair;

    /** @param account the emulator's account, which key-pair logins must name */
    LoginHandler(UserDirectory users, Databases databases, SessionRegistry sessions, FaultInjector faults,
            Counters counters, String timeZone, String account) {
        this.users = users;
        this.databases = databases;
        this.sessions = sessions;
        this.faults = faults;
        this.counters = counters;
        this.timeZone = timeZone;
        this.keyPair = new KeyPairLogin(account, Clock.systemUTC());
    }

    @Override
    public JsonNode handle(EmulatorRequest request) throws Exception {
        JsonNode data = request.body().path("data");
        String user = data.path("LOGIN_NAME").asText("");
        var refusal = faults.loginRefusal();
        if (refusal.isPresent()) {
            counters.loginFailed();
            LOG.debug("Refusing the login of {} as told", user);
            throw refusal.get();
        }
        String authenticated;
        try {
            authenticated = authenticate(data, user);
        } catch (SnowflakeError refused) {
            counters.loginFailed();
            LOG.debug("Refusing the login of {}: {}", user, refused.getMessage());
            throw refused;
        }
        Map<String, JsonNode> defaults = defaults();
        Map<String, JsonNode> parameters = new LinkedHashMap<>(defaults);
        parameters.putAll(sent(data.path("SESSION_PARAMETERS")));
        EmulatedSession session = open(authenticated, request, new SessionParameters(defaults, sent(data.path("SESSION_PARAMETERS"))));
        session.account(data.path("ACCOUNT_NAME").asText(null));
        counters.loginSucceeded();
        LOG.debug("Session {} opened for {}", session.id(), authenticated);
        return Replies.success(loginData(session, parameters, sessions.idleExpiry()));
    }

    /** @return the user the login proves to be, by password, key pair (JWT) or OAuth token */
    private String authenticate(JsonNode data, String user) throws SnowflakeError {
        String token = data.path("TOKEN").asText(null);
        switch (data.path("AUTHENTICATOR").asText("SNOWFLAKE").toUpperCase(Locale.ROOT)) {
            case "SNOWFLAKE_JWT" -> {
                keyPair.verify(token, user, users.publicKeyOf(user).orElseThrow(() -> KeyPairLogin.refusedWithoutKey(user)));
                return user;
            }
            case "OAUTH" -> {
                return users.userOfOAuthToken(token).orElseThrow(() -> SnowflakeError.of(
                        SnowflakeErrorCodes.INVALID_OAUTH_ACCESS_TOKEN, ErrorMessages.INVALID_OAUTH_ACCESS_TOKEN));
            }
            default -> {
                if (!users.accepts(user, data.path("PASSWORD").asText(null))) {
                    throw SnowflakeError.of(SnowflakeErrorCodes.INCORRECT_USERNAME_OR_PASSWORD,
                            ErrorMessages.INCORRECT_USERNAME_OR_PASSWORD);
                }
                return user;
            }
        }
    }

    /**
     * Opens the session in the database and schema the login names; unlike Snowflake, the emulator
     * creates them empty when missing, so that a test needs no setup for them.
     */
    private EmulatedSession open(String user, EmulatorRequest request, SessionParameters parameters) throws SQLException {
        String schema = SqlTokens.identifier(request.queryParameter("schemaName"));
        String databaseName = SqlTokens.identifier(request.queryParameter("databaseName"));
        H2Database database = databaseName == null ? databases.defaultDatabase() : databases.getOrCreate(databaseName);
        if (schema != null) {
            database.ensureSchema(schema);
        }
        EmulatedSession session = sessions.open(user, databases, parameters);
        session.database(database.name());
        try (Statement statement = session.connection().createStatement()) {
            statement.execute("SET SCHEMA " + H2Database.quote(schema == null ? "PUBLIC" : schema));
        } catch (SQLException e) {
            sessions.remove(session);
            throw e;
        }
        session.schema(schema == null ? "PUBLIC" : schema);
        session.warehouse(SqlTokens.identifier(request.queryParameter("warehouse")));
        session.role(SqlTokens.identifier(request.queryParameter("roleName")));
        return session;
    }

    /** What the client sent, names in upper case. */
    private static Map<String, JsonNode> sent(JsonNode sessionParameters) {
        Map<String, JsonNode> sent = new LinkedHashMap<>();
        if (sessionParameters.isObject()) {
            for (Map.Entry<String, JsonNode> parameter : sessionParameters.properties()) {
                sent.put(parameter.getKey().toUpperCase(Locale.ROOT), parameter.getValue());
            }
        }
        return sent;
    }

    /** Snowflake's defaults, typed, as the driver requires; Snowpark reads its own from the login answer. */
    private Map<String, JsonNode> defaults() {
        JsonNodeFactory json = JsonNodeFactory.instance;
        Map<String, JsonNode> parameters = new LinkedHashMap<>();
        parameters.put("AUTOCOMMIT", json.booleanNode(true));
        parameters.put("CLIENT_SESSION_KEEP_ALIVE", json.booleanNode(false));
        parameters.put("CLIENT_SESSION_KEEP_ALIVE_HEARTBEAT_FREQUENCY", json.numberNode(3600));
        parameters.put("TIMEZONE", json.textNode(timeZone));
        parameters.put("TIMESTAMP_OUTPUT_FORMAT", json.textNode("YYYY-MM-DD HH24:MI:SS.FF3 TZHTZM"));
        parameters.put("TIMESTAMP_NTZ_OUTPUT_FORMAT", json.textNode("YYYY-MM-DD HH24:MI:SS.FF3"));
        parameters.put("TIMESTAMP_LTZ_OUTPUT_FORMAT", json.textNode(""));
        parameters.put("TIMESTAMP_TZ_OUTPUT_FORMAT", json.textNode(""));
        parameters.put("DATE_OUTPUT_FORMAT", json.textNode("YYYY-MM-DD"));
        parameters.put("TIME_OUTPUT_FORMAT", json.textNode("HH24:MI:SS"));
        parameters.put("BINARY_OUTPUT_FORMAT", json.textNode("HEX"));
        parameters.put("CLIENT_TIMESTAMP_TYPE_MAPPING", json.textNode("TIMESTAMP_LTZ"));
        parameters.put("CLIENT_STAGE_ARRAY_BINDING_THRESHOLD", json.numberNode(0));
        parameters.put("CLIENT_TELEMETRY_ENABLED", json.booleanNode(false));
        parameters.put("CLIENT_TELEMETRY_OOB_ENABLED", json.booleanNode(false));
        parameters.put("CLIENT_HONOR_CLIENT_TZ_FOR_TIMESTAMP_NTZ", json.booleanNode(true));
        parameters.put("CLIENT_DISABLE_INCIDENTS", json.booleanNode(true));
        parameters.put("JDBC_QUERY_RESULT_FORMAT", json.textNode("JSON"));
        parameters.put("MULTI_STATEMENT_COUNT", json.numberNode(1));
        parameters.put("CLIENT_RESULT_CHUNK_SIZE", json.numberNode(160));
        parameters.put("CLIENT_PREFETCH_THREADS", json.numberNode(4));
        parameters.put("CLIENT_MEMORY_LIMIT", json.numberNode(1536));
        parameters.put("QUERY_TAG", json.textNode(""));
        parameters.put("SNOWPARK_LAZY_ANALYSIS", json.booleanNode(true));
        parameters.put("SNOWPARK_USE_SCOPED_TEMP_OBJECTS", json.booleanNode(true));
        parameters.put("SNOWPARK_HIDE_INTERNAL_ALIAS", json.booleanNode(true));
        parameters.put("SNOWPARK_REQUEST_TIMEOUT_IN_SECONDS", json.numberNode(86400));
        return parameters;
    }

    /** The driver times its heartbeats from {@code masterValidityInSeconds}: a quarter of it, at most an hour. */
    private static ObjectNode loginData(EmulatedSession session, Map<String, JsonNode> parameters, IdleExpiry idle) {
        ObjectNode data = JsonNodeFactory.instance.objectNode();
        data.put("token", session.sessionToken());
        data.put("validityInSeconds", idle.sessionTokenValiditySeconds());
        data.put("masterToken", session.masterToken());
        data.put("masterValidityInSeconds", idle.masterTokenValiditySeconds());
        data.putNull("idToken");
        data.putNull("mfaToken");
        data.put("displayUserName", session.user());
        data.put("serverVersion", "8.40.0");
        data.put("firstLogin", false);
        data.putNull("newClientForUpgrade");
        data.put("sessionId", Long.parseLong(session.id()));
        ArrayNode parameterList = data.putArray("parameters");
        parameters.forEach((name, value) -> parameterList.addObject().put("name", name).set("value", value));
        ObjectNode info = data.putObject("sessionInfo");
        info.put("databaseName", session.database());
        info.put("schemaName", session.schema());
        info.put("warehouseName", session.warehouse());
        info.put("roleName", session.role());
        return data;
    }
}
