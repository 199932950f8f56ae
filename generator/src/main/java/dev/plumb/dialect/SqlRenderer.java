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

    /** The identifier as it must be written in SQL for this dialect: bare when that reads back the same, else quoted. */
    String quote(Identifier identifier);
}
