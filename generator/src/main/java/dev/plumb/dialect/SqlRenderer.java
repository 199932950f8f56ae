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

    /** The identifier as it must be written in SQL for this dialect: bare when that reads back the same, else quoted. */
    String quote(Identifier identifier);
}
