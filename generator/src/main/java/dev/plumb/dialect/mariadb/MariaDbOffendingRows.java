package dev.plumb.dialect.mariadb;

import dev.plumb.dialect.ColumnType;
import dev.plumb.dialect.OffendingRowsQueries;
import dev.plumb.diff.AlterColumn;
import dev.plumb.model.Identifier;

import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The reviewer's queries on MariaDB, plus the one an {@code enum} column needs: a type that loses values fails in
 * strict mode on the rows that still hold one ("Data truncated", <a href="https://mariadb.com/kb/en/enum/">ENUM</a>),
 * and the query lists them.
 */
final class MariaDbOffendingRows extends OffendingRowsQueries {

    MariaDbOffendingRows(Function<Identifier, String> quote) {
        super(quote);
    }

    @Override
    protected Optional<String> alteredColumn(AlterColumn change, String table) {
        ColumnType was = MariaDbTypes.parse(change.from().type());
        ColumnType will = MariaDbTypes.parse(change.to().type());
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
