package dev.plumb.dialect;

import dev.plumb.diff.Change;
import dev.plumb.model.Identifier;

import java.util.List;

/**
 * Turns one change into the SQL statements of one dialect (no trailing semicolons), quoting identifiers where the
 * dialect needs it ({@code "order"}, {@code "user"}, mixed case).
 */
public interface SqlRenderer {

    List<String> render(Change change);

    /**
     * The statements of {@link #render}, each saying whether it may run inside a transaction: the renderer that
     * chooses a statement knows whether its database accepts it in a transaction. By default every one may.
     */
    default List<SqlStatement> statements(Change change) {
        return render(change).stream().map(SqlStatement::of).toList();
    }

    /**
     * The change as this renderer's forms make it, for its safety: a change whose form does not block writers is not
     * {@code locking} on this dialect (PostgreSQL's {@code create index concurrently}), though it is on another. By
     * default the change as it is.
     */
    default Change judged(Change change) {
        return change;
    }

    /** The identifier as it must be written in SQL for this dialect: bare when that reads back the same, else quoted. */
    String quote(Identifier identifier);
}
