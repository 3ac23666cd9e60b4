package st.connection.cache.h2.internal;

import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.util.List;
import java.util.function.Function;

/**
 * The metadata of a replayed H2 result: what H2 answered for each column when the result was
 * captured, with H2's checks (a closed result set, a column index out of range) and errors.
 */
final class H2ReplayedMetaData implements ResultSetMetaData {

    private final H2ReplayedResultSet resultSet;
    private final List<H2Column> columns;
    private final H2Internals h2;

    H2ReplayedMetaData(H2ReplayedResultSet resultSet, List<H2Column> columns, H2Internals h2) {
        this.resultSet = resultSet;
        this.columns = columns;
        this.h2 = h2;
    }

    private <T> T answer(int column, Function<H2Column, T> question) throws SQLException {
        try {
            resultSet.checkOpen();
            if (column < 1 || column > columns.size()) {
                throw h2.invalidValue("columnIndex", column);
            }
            return question.apply(columns.get(column - 1));
        } catch (RuntimeException e) {
            throw h2.toSqlException(e);
        }
    }

    @Override
    public int getColumnCount() throws SQLException {
        try {
            resultSet.checkOpen();
            return columns.size();
        } catch (RuntimeException e) {
            throw h2.toSqlException(e);
        }
    }

    @Override
    public boolean isAutoIncrement(int column) throws SQLException {
        return answer(column, H2Column::autoIncrement);
    }

    @Override
    public boolean isCaseSensitive(int column) throws SQLException {
        return answer(column, H2Column::caseSensitive);
    }

    @Override
    public boolean isSearchable(int column) throws SQLException {
        return answer(column, H2Column::searchable);
    }

    @Override
    public boolean isCurrency(int column) throws SQLException {
        return answer(column, H2Column::currency);
    }

    @Override
    public int isNullable(int column) throws SQLException {
        return answer(column, H2Column::nullable);
    }

    @Override
    public boolean isSigned(int column) throws SQLException {
        return answer(column, H2Column::signed);
    }

    @Override
    public int getColumnDisplaySize(int column) throws SQLException {
        return answer(column, H2Column::displaySize);
    }

    @Override
    public String getColumnLabel(int column) throws SQLException {
        return answer(column, H2Column::label);
    }

    @Override
    public String getColumnName(int column) throws SQLException {
        return answer(column, H2Column::name);
    }

    @Override
    public String getSchemaName(int column) throws SQLException {
        return answer(column, H2Column::schemaName);
    }

    @Override
    public int getPrecision(int column) throws SQLException {
        return answer(column, H2Column::precision);
    }

    @Override
    public int getScale(int column) throws SQLException {
        return answer(column, H2Column::scale);
    }

    @Override
    public String getTableName(int column) throws SQLException {
        return answer(column, H2Column::tableName);
    }

    @Override
    public String getCatalogName(int column) throws SQLException {
        return answer(column, H2Column::catalogName);
    }

    @Override
    public int getColumnType(int column) throws SQLException {
        return answer(column, H2Column::type);
    }

    @Override
    public String getColumnTypeName(int column) throws SQLException {
        return answer(column, H2Column::typeName);
    }

    @Override
    public boolean isReadOnly(int column) throws SQLException {
        return answer(column, H2Column::readOnly);
    }

    @Override
    public boolean isWritable(int column) throws SQLException {
        return answer(column, H2Column::writable);
    }

    @Override
    public boolean isDefinitelyWritable(int column) throws SQLException {
        return answer(column, H2Column::definitelyWritable);
    }

    @Override
    public String getColumnClassName(int column) throws SQLException {
        return answer(column, H2Column::className);
    }

    @Override
    public <T> T unwrap(Class<T> type) throws SQLException {
        if (isWrapperFor(type)) {
            return type.cast(this);
        }
        throw h2.toSqlException(h2.invalidValue("iface", type));
    }

    @Override
    public boolean isWrapperFor(Class<?> type) {
        return type != null && type.isAssignableFrom(getClass());
    }
}
