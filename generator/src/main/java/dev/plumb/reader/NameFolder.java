package dev.plumb.reader;

import dev.plumb.model.Identifier;
import dev.plumb.model.IdentifierCase;
import dev.plumb.model.QualifiedName;
import org.hibernate.mapping.Column;
import org.hibernate.mapping.Table;

import java.util.Optional;

/**
 * Turns Hibernate's names into the names the target database stores: unquoted names are case-folded the way the
 * database folds them, quoted ones (backticks or {@code globally_quoted_identifiers}) are kept as written.
 *
 * @param defaultSchema the schema Hibernate qualifies unqualified names with ({@code hibernate.default_schema}),
 *                      empty when it leaves them to the connection's default schema
 */
record NameFolder(IdentifierCase identifierCase, Optional<Identifier> defaultSchema) {

    Identifier fold(org.hibernate.boot.model.naming.Identifier name) {
        return identifierCase.fold(name.getText(), name.isQuoted());
    }

    Identifier column(Column column) {
        return identifierCase.fold(column.getName(), column.isQuoted());
    }

    /** The table's name; an empty namespace when Hibernate does not qualify it. */
    QualifiedName table(Table table) {
        return qualified(table.getSchemaIdentifier(), table.getNameIdentifier());
    }

    QualifiedName qualified(org.hibernate.boot.model.naming.Identifier schema,
                            org.hibernate.boot.model.naming.Identifier name) {
        Optional<Identifier> namespace = schema == null ? defaultSchema : Optional.of(fold(schema));
        return new QualifiedName(namespace, fold(name));
    }

    /**
     * A constraint or index name as Hibernate writes it into DDL: generated hash names and explicit names are
     * written bare (so the database folds them), unless the mapping quoted them with backticks or double quotes.
     */
    Identifier constraint(String name) {
        return fold(org.hibernate.boot.model.naming.Identifier.toIdentifier(name));
    }
}
