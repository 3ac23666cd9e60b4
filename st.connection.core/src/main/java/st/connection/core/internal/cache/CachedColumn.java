package st.connection.core.internal.cache;

import java.io.Serializable;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;

/** What {@link ResultSetMetaData} said of one column, kept so cached results describe themselves alike. */
record CachedColumn(String label, String name, int type, String typeName, String className, int precision, int scale,
        int nullable, int displaySize, boolean signed, boolean autoIncrement, boolean caseSensitive, boolean currency,
        boolean searchable, String schemaName, String tableName, String catalogName) implements Serializable {

    static CachedColumn describe(ResultSetMetaData metaData, int column) throws SQLException {
        return new CachedColumn(metaData.getColumnLabel(column), metaData.getColumnName(column),
                metaData.getColumnType(column), metaData.getColumnTypeName(column),
                metaData.getColumnClassName(column), metaData.getPrecision(column), metaData.getScale(column),
                metaData.isNullable(column), metaData.getColumnDisplaySize(column), metaData.isSigned(column),
                metaData.isAutoIncrement(column), metaData.isCaseSensitive(column), metaData.isCurrency(column),
                metaData.isSearchable(column), metaData.getSchemaName(column), metaData.getTableName(column),
                metaData.getCatalogName(column));
    }
}
