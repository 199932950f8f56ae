package dev.plumb.dialect.h2;

import dev.plumb.dialect.SqlRenderer;
import dev.plumb.diff.Change;
import dev.plumb.model.Identifier;

import java.util.List;

/** STUB: the diff helper implements it. */
public final class H2SqlRenderer implements SqlRenderer {

    @Override
    public List<String> render(Change change) {
        throw new UnsupportedOperationException("not yet implemented");
    }

    @Override
    public String quote(Identifier identifier) {
        throw new UnsupportedOperationException("not yet implemented");
    }
}
