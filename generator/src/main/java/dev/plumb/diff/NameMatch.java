package dev.plumb.diff;

import dev.plumb.model.Identifier;
import dev.plumb.model.QualifiedName;

import java.util.Optional;

/**
 * Whether a name a user wrote (in a hint or annotation) denotes a stored name. Unquoted names match in any case,
 * because the database folds them (to lower or to upper case, by dialect); {@code "Quoted"} names match exactly.
 */
final class NameMatch {

    private NameMatch() {
    }

    static boolean matches(String written, Identifier stored) {
        if (written.length() > 1 && written.startsWith("\"") && written.endsWith("\"")) {
            return stored.value().equals(written.substring(1, written.length() - 1));
        }
        return stored.value().equalsIgnoreCase(written);
    }

    static boolean matches(Optional<String> schema, String table, QualifiedName stored) {
        boolean sameSchema = schema.isEmpty()
                ? stored.namespace().isEmpty()
                : stored.namespace().filter(ns -> matches(schema.get(), ns)).isPresent();
        return sameSchema && matches(table, stored.name());
    }
}
