package st.connection.snowflake.emulator.internal;

/**
 * What kind of statement a SQL text is, with the {@code statementTypeId} the driver reads to decide
 * whether a statement returns rows or an update count.
 */
enum StatementKind {
    SELECT(0x1000),
    INSERT(0x3100),
    UPDATE(0x3200),
    DELETE(0x3300),
    MERGE(0x3400),
    ALTER_SESSION(0x4100),
    USE(0x4300),
    USE_DATABASE(0x4301),
    USE_SCHEMA(0x4302),
    USE_WAREHOUSE(0x4303),
    SHOW(0x4400),
    DESCRIBE(0x4500),
    TRANSACTION(0x5000),
    DDL(0x6000);

    private final int statementTypeId;

    StatementKind(int statementTypeId) {
        this.statementTypeId = statementTypeId;
    }

    int statementTypeId() {
        return statementTypeId;
    }

    /** Statements that answer with a one-row rowset of affected-row counts. */
    boolean isDml() {
        return this == INSERT || this == UPDATE || this == DELETE || this == MERGE;
    }

    /** Statements the emulator runs on the session itself rather than in H2. */
    boolean isSessionCommand() {
        return this == ALTER_SESSION || this == USE || this == USE_DATABASE || this == USE_SCHEMA
                || this == USE_WAREHOUSE || this == TRANSACTION;
    }

    static StatementKind of(SqlTokens sql) {
        int first = sql.firstKeywordIndex();
        String keyword = sql.keyword(first);
        switch (keyword) {
            case "SELECT":
            case "WITH":
            case "VALUES":
            case "TABLE":
            case "EXPLAIN":
            case "CALL":
                return SELECT;
            case "SHOW":
                return SHOW;
            case "DESCRIBE":
            case "DESC":
                return DESCRIBE;
            case "INSERT":
                return INSERT;
            case "UPDATE":
                return UPDATE;
            case "DELETE":
                return DELETE;
            case "MERGE":
                return MERGE;
            case "BEGIN":
            case "START":
            case "COMMIT":
            case "ROLLBACK":
                return TRANSACTION;
            case "USE":
                return ofUse(sql.keyword(first + 1));
            case "ALTER":
                return sql.keyword(first + 1).equals("SESSION") ? ALTER_SESSION : DDL;
            default:
                return DDL;
        }
    }

    private static StatementKind ofUse(String objectKind) {
        switch (objectKind) {
            case "DATABASE":
                return USE_DATABASE;
            case "SCHEMA":
                return USE_SCHEMA;
            case "WAREHOUSE":
                return USE_WAREHOUSE;
            default:
                return USE;
        }
    }
}
