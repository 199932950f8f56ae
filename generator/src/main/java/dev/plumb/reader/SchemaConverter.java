package dev.plumb.reader;

import dev.plumb.model.Column;
import dev.plumb.model.Identifier;
import dev.plumb.model.PrimaryKey;
import dev.plumb.model.QualifiedName;
import dev.plumb.model.Schema;
import dev.plumb.model.Sequence;
import dev.plumb.model.SqlExpression;
import dev.plumb.model.Table;
import org.hibernate.boot.Metadata;
import org.hibernate.boot.model.relational.Namespace;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Converts Hibernate's relational model (after boot, for one dialect) into Plumb's {@link Schema}: every physical
 * table of every namespace, join and collection tables included, and every sequence. Values are taken raw, as
 * Hibernate would render them (types, defaults, check texts); the dialect's normalizer canonicalizes them later.
 *
 * <p>The {@code TABLE} generator: its table ({@code hibernate_sequences}) is an ordinary table here, but Hibernate's
 * initial row ({@code insert into hibernate_sequences ... values ('default', 0)}) is not generated. Hibernate's
 * {@code org.hibernate.id.enhanced.TableGenerator} inserts the row for its segment itself when the select finds none
 * (with the generator's initial value), so the migrated database works without it, a migration stays schema-only,
 * and its down is an exact inverse. The oracle tests run Hibernate's {@code validate} on such a database.
 */
final class SchemaConverter {

    private final Metadata metadata;
    private final NameFolder names;
    private final ConstraintConverter constraints;

    SchemaConverter(Metadata metadata, NameFolder names) {
        this.metadata = metadata;
        this.names = names;
        this.constraints = new ConstraintConverter(names);
    }

    Schema convert() {
        List<Table> tables = new ArrayList<>();
        List<Sequence> sequences = new ArrayList<>();
        for (Namespace namespace : metadata.getDatabase().getNamespaces()) {
            for (org.hibernate.mapping.Table table : namespace.getTables()) {
                if (table.isPhysicalTable() && !table.isView()) {
                    tables.add(table(table));
                }
            }
            for (org.hibernate.boot.model.relational.Sequence sequence : namespace.getSequences()) {
                sequences.add(sequence(sequence));
            }
        }
        List<Identifier> namespaces = new ArrayList<>();
        tables.forEach(t -> t.name().namespace().ifPresent(namespaces::add));
        sequences.forEach(s -> s.name().namespace().ifPresent(namespaces::add));
        return new Schema(tables, sequences, namespaces);
    }

    private Table table(org.hibernate.mapping.Table table) {
        Optional<PrimaryKey> primaryKey = primaryKey(table);
        Set<Identifier> keyColumns = new HashSet<>(primaryKey.map(PrimaryKey::columns).orElse(List.of()));
        List<Column> columns = new ArrayList<>();
        for (org.hibernate.mapping.Column column : table.getColumns()) {
            columns.add(column(column, keyColumns));
        }
        return new Table(names.table(table), columns, primaryKey, constraints.uniqueConstraints(table),
                constraints.foreignKeys(table), constraints.checks(table), constraints.indexes(table));
    }

    /**
     * Primary-key columns are never nullable in the database, whatever the mapping says. A {@code columnDefinition}
     * may carry its own default and {@code not null} ({@link ColumnDefinition}); an explicit
     * {@code @ColumnDefault} wins, as in Hibernate's DDL where it comes last.
     */
    private Column column(org.hibernate.mapping.Column column, Set<Identifier> keyColumns) {
        Identifier name = names.column(column);
        ColumnDefinition definition = column.getSqlType() != null
                ? ColumnDefinition.parse(column.getSqlType(metadata))
                : new ColumnDefinition(column.getSqlType(metadata), Optional.empty(), false);
        boolean nullable = column.isNullable() && !definition.notNull() && !keyColumns.contains(name);
        Optional<SqlExpression> defaultValue = Optional.ofNullable(column.getDefaultValue())
                .or(definition::defaultExpression)
                .map(SqlExpression::of);
        return new Column(name, definition.type(), nullable, defaultValue, column.isIdentity());
    }

    /** Hibernate's primary-key names are made up and never emitted: the database names the key. */
    private Optional<PrimaryKey> primaryKey(org.hibernate.mapping.Table table) {
        org.hibernate.mapping.PrimaryKey key = table.getPrimaryKey();
        if (key == null || key.getColumns().isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new PrimaryKey(Optional.empty(), constraints.columns(key.getColumns())));
    }

    private Sequence sequence(org.hibernate.boot.model.relational.Sequence sequence) {
        QualifiedName name = names.qualified(sequence.getName().getSchemaName(),
                sequence.getName().getSequenceName());
        return new Sequence(name, sequence.getInitialValue(), sequence.getIncrementSize());
    }
}
