package dev.plumb.runtime;

import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The name of a table the runtime owns, optionally schema-qualified ({@code app.plumb_schema_history}); without a
 * schema it lives in the connection's default schema.
 *
 * <p>The runtime writes these names unquoted, so the database folds them the way a user typing them would expect:
 * {@code plumb_schema_history} on PostgreSQL, {@code PLUMB_SCHEMA_HISTORY} on H2. That is why only plain
 * identifiers (letters, digits, underscores) are accepted: no quoting rules to get wrong.
 */
record TableName(Optional<String> schema, String name) {

    private static final Pattern IDENTIFIER = Pattern.compile("[A-Za-z_][A-Za-z0-9_]*");

    static TableName parse(String qualified) {
        String[] parts = qualified.split("\\.", -1);
        if (parts.length > 2 || !validParts(parts)) {
            throw new IllegalArgumentException("table name must be a plain identifier, optionally schema-qualified"
                    + " (letters, digits, underscores): " + qualified);
        }
        return parts.length == 2
                ? new TableName(Optional.of(parts[0]), parts[1])
                : new TableName(Optional.empty(), parts[0]);
    }

    private static boolean validParts(String[] parts) {
        for (String part : parts) {
            if (!IDENTIFIER.matcher(part).matches()) {
                return false;
            }
        }
        return true;
    }

    /** Another table in the same schema, e.g. the lock table next to the history table. */
    TableName sibling(String otherName) {
        return new TableName(schema, otherName);
    }

    /** The name as written in SQL. */
    String sql() {
        return schema.map(s -> s + "." + name).orElse(name);
    }

    @Override
    public String toString() {
        return sql();
    }
}
