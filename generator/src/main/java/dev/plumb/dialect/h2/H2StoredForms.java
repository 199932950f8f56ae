package dev.plumb.dialect.h2;

import dev.plumb.dialect.sql.FunctionRewrites;
import dev.plumb.dialect.sql.SqlNode;
import dev.plumb.dialect.sql.StoredForms;

import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * How H2 stores checks and defaults: some functions under its own names and {@code %} as {@code mod} (see
 * {@link FunctionRewrites}).
 */
final class H2StoredForms implements StoredForms {

    /**
     * Functions H2 stores under another spelling (measured on H2 2.5.252, {@code INFORMATION_SCHEMA.CHECK_CONSTRAINTS}
     * and {@code COLUMNS.COLUMN_DEFAULT}): {@code length(s)} as {@code CHAR_LENGTH("S")}, {@code now()} as
     * {@code LOCALTIMESTAMP}, {@code position('a' in s)} as {@code LOCATE('a', "S")}; it also stores {@code x % 2} as
     * {@code MOD("X", 2)}.
     */
    private static final Map<String, String> STORED_FUNCTIONS = Map.of("length", "char_length",
            "now", "localtimestamp", "position", "locate");

    @Override
    public List<SqlNode> rewrite(List<SqlNode> nodes, Function<SqlNode, String> key) {
        return FunctionRewrites.rewrite(nodes, STORED_FUNCTIONS, true);
    }
}
