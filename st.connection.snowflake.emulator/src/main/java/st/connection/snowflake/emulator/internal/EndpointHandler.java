package st.connection.snowflake.emulator.internal;

import com.fasterxml.jackson.databind.JsonNode;

/** Answers the requests of one endpoint with the JSON the driver expects. */
@FunctionalInterface
interface EndpointHandler {
    /**
     * @throws SnowflakeError for an answer with {@code success:false}
     * @throws Exception for an unexpected failure, answered as an internal error
     */
    JsonNode handle(EmulatorRequest request) throws Exception;
}
