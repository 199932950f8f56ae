package dev.plumb.diff;

import dev.plumb.model.SqlExpression;
import dev.plumb.model.Column;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Makes every new {@code not null} work on a table that holds rows. A column added {@code not null} without a default
 * becomes: add it nullable, fill it ({@code update ... set c = backfill}), set {@code not null}. A column made
 * {@code not null} gets its nulls filled first, with the backfill or else the entity's default. Where neither exists
 * the column is reported as {@link Result#unfilled()}, and the generator refuses.
 */
public final class NotNullGuard {

    /** The rewritten changes, the columns that would need a value nobody gave, and the backfills nothing used. */
    public record Result(List<Change> changes, List<String> unfilled, List<Backfills.Backfill> unused) {
    }

    private NotNullGuard() {
    }

    public static Result apply(List<Change> changes, Backfills backfills) {
        List<Change> result = new ArrayList<>();
        List<String> unfilled = new ArrayList<>();
        List<Backfills.Backfill> unused = new ArrayList<>(backfills.entries());
        for (Change change : changes) {
            if (change instanceof AddColumn add && needsValue(add.column())) {
                Optional<Backfills.Backfill> backfill = backfills.find(add.table(), add.column());
                backfill.ifPresentOrElse(unused::remove, () -> unfilled.add(add.table() + "." + add.column().name()));
                Column nullable = add.column().withNullable(true);
                result.add(new AddColumn(add.table(), nullable));
                result.add(new AlterColumn(add.table(), nullable, add.column(),
                        backfill.map(Backfills.Backfill::expression)));
            } else if (change instanceof AlterColumn alter && alter.setsNotNull()) {
                Optional<Backfills.Backfill> backfill = backfills.find(alter.table(), alter.to());
                backfill.ifPresent(unused::remove);
                Optional<String> value = backfill.map(Backfills.Backfill::expression)
                        .or(() -> alter.to().defaultExpression().map(SqlExpression::text));
                if (value.isEmpty()) {
                    unfilled.add(alter.table() + "." + alter.to().name());
                }
                result.add(alter.withBackfill(value));
            } else {
                result.add(change);
            }
        }
        return new Result(List.copyOf(result), List.copyOf(unfilled), List.copyOf(unused));
    }

    private static boolean needsValue(Column column) {
        return !column.nullable() && column.defaultExpression().isEmpty() && !column.identity();
    }
}
