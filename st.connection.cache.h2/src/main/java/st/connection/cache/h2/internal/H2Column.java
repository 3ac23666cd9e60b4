package st.connection.cache.h2.internal;

import java.sql.ResultSetMetaData;
import java.sql.SQLException;

/**
 * What H2's {@link ResultSetMetaData} answered for one column of a result, kept so a replay
 * describes itself alike.
 */
record H2Column(String label, String name, int type, String typeName, String className, int precision, int scale,
        int nullable, int displaySize, boolean signed, boolean autoIncrement, boolean caseSensitive, boolean currency,
        boolean searchable, boolean readOnly, boolean writable, boolean definitelyWritable, String schemaName,
        String tableName, String catalogName) {

    static H2Column describe(ResultSetMetaData metaData, int column) throws SQLException {
        return new H2Column(metaData.getColumnLabel(column), metaData.getColumnName(column),
                metaData.getColumnType(column), metaData.getColumnTypeName(column),
                metaData.getColumnClassName(column), metaData.getPrecision(column), metaData.getScale(column),
                metaData.isNullable(column), metaData.getColumnDisplaySize(column), metaData.isSigned(column),
                metaData.isAutoIncrement(column), metaData.isCaseSensitive(column), metaData.isCurrency(column),
                metaData.isSearchable(column), metaData.isReadOnly(column), metaData.isWritable(column),
                metaData.isDefinitelyWritable(column), metaData.getSchemaName(column), metaData.getTableName(column),
                metaData.getCatalogName(column));
    }

    /** @return the table name as H2's result holds it: its metadata reports a missing one as "" */
    String resultTableName() {
        return tableName == null || tableName.isEmpty() ? null : tableName;
    }
}
