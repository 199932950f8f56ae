package dev.plumb.dialect.h2;

import dev.plumb.dialect.ColumnType;
import dev.plumb.dialect.OffendingRowsQueries;
import dev.plumb.diff.AlterColumn;
import dev.plumb.model.Identifier;

import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The reviewer's queries on H2, plus the one only H2 needs: an {@code enum} column type that loses values fails on
 * the rows that still hold one (<a href="https://h2database.com/html/datatypes.html#enum_type">ENUM</a>), and the
 * query lists them.
 */
final class H2OffendingRows extends OffendingRowsQueries {

    H2OffendingRows(Function<Identifier, String> quote) {
        super(quote);
    }

    @Override
    protected Optional<String> alteredColumn(AlterColumn change, String table) {
        ColumnType was = H2Types.parse(change.from().type());
        ColumnType will = H2Types.parse(change.to().type());
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
