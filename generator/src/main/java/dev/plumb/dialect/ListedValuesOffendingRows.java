package dev.plumb.dialect;

import dev.plumb.diff.AlterColumn;
import dev.plumb.model.Identifier;

import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The reviewer's queries on a database with enumerated column types (H2's and MariaDB's {@code enum}), plus the one
 * such a type needs: a type that loses values fails on the rows that still hold one
 * (<a href="https://h2database.com/html/datatypes.html#enum_type">H2 ENUM</a>; MariaDB in strict mode, "Data
 * truncated", <a href="https://mariadb.com/kb/en/enum/">ENUM</a>), and the query lists them.
 */
public final class ListedValuesOffendingRows extends OffendingRowsQueries {

    private final Function<String, ColumnType> types;

    /**
     * @param quote how the dialect writes an identifier
     * @param types the dialect's parse of a canonical type ({@code H2Types::parse})
     */
    public ListedValuesOffendingRows(Function<Identifier, String> quote, Function<String, ColumnType> types) {
        super(quote);
        this.types = types;
    }

    @Override
    protected Optional<String> alteredColumn(AlterColumn change, String table) {
        ColumnType was = types.apply(change.from().type());
        ColumnType will = types.apply(change.to().type());
        if (was.family() != ColumnType.Family.LISTED_VALUES || will.family() != ColumnType.Family.LISTED_VALUES) {
            return Optional.empty();
        }
        List<String> removed = was.valuesMissingFrom(will);
        if (removed.isEmpty()) {
            return Optional.empty();
        }
        String column = quote(change.to().name());
        return Optional.of("select " + column + ", count(*) from " + table + " where " + column
                + " in (" + literals(removed) + ") group by " + column);
    }

    /** The values as an SQL list: {@code 'A', 'B'}. */
    private static String literals(List<String> values) {
        return values.stream().map(value -> "'" + value.replace("'", "''") + "'").collect(Collectors.joining(", "));
    }
}
