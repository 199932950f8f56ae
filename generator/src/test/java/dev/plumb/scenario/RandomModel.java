package dev.plumb.scenario;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * A small entity model for {@link EvolutionPropertyTest}, deliberately mutable (the generator edits a deep copy to
 * make the evolved model) and rendered as Java entity source by {@link #sources(String)}.
 *
 * <p>Every physical name is explicit ({@code @Table}, {@code @Column}, {@code @JoinColumn}, constraint and index
 * names), so that the test, not Hibernate's naming strategy, decides what the schema looks like; reserved words are
 * quoted with backticks, as an application would write them. Unique constraints made by {@code @Column(unique =
 * true)} and foreign keys without a {@code @ForeignKey} name are left to Hibernate to name on purpose.
 */
final class RandomModel {

    /** {@code SOLO} is an ORDINAL enum with one constant: Hibernate checks {@code between 0 and 0}. */
    enum FieldType { STRING, DECIMAL, INT, LONG, BOOLEAN, DATE, TIMESTAMP, ENUM, SOLO }

    enum IdKind { IDENTITY, SEQUENCE }

    static final class Field {
        String column;
        FieldType type;
        int length;
        int precision;
        int scale;
        boolean nullable = true;
        boolean unique;
        String defaultValue;
        /** Bean Validation annotations, as written ({@code @NotBlank}, {@code @Size(max = 40)}), or null. */
        String validation;
        /** The column's name before this evolution, declared with {@code @RenamedFrom}; null when not renamed. */
        String renamedFrom;
        /** Whether the field was in the model this one evolved from (only those can be renamed). */
        boolean existedBefore;

        Field copy() {
            Field f = new Field();
            f.column = column;
            f.type = type;
            f.length = length;
            f.precision = precision;
            f.scale = scale;
            f.nullable = nullable;
            f.unique = unique;
            f.defaultValue = defaultValue;
            f.validation = validation;
            f.renamedFrom = renamedFrom;
            f.existedBefore = existedBefore;
            return f;
        }
    }

    /** A {@code @ManyToOne} to {@code target}; {@code fkName} null means Hibernate names the foreign key. */
    record Reference(String column, String target, boolean optional, String fkName) {
    }

    /** A named {@code @UniqueConstraint} or {@code @Index}; index columns may end in {@code " desc"}. */
    record Constraint(String name, List<String> columns) {
    }

    /**
     * An index only PostgreSQL can express: an expression key ({@code columnList = "(lower(c))"}) or a partial index
     * ({@code options = "where c is not null"}). H2 must refuse the model that has one.
     */
    record PostgresIndex(String name, String columnList, String options, boolean unique, String column) {
    }

    /** A table-level check; {@code name} null leaves it to the database to name. */
    record Check(String name, String expression, List<String> columns) {
    }

    /**
     * A {@code Set}-valued {@code @ManyToMany} with its own join table; the owner's join column sorts after the
     * target's, so Hibernate's column ordering puts the target's first in the primary key.
     */
    record ManyToMany(String joinTable, String target, String ownerColumn, String targetColumn) {
    }

    static final class Entity {
        String className;
        String table;
        /** A schema other than the default one ({@code ops}), or null. */
        String schema;
        IdKind id = IdKind.IDENTITY;
        String sequence;
        int allocationSize = 1;
        List<Field> fields = new ArrayList<>();
        List<Reference> references = new ArrayList<>();
        List<Constraint> uniques = new ArrayList<>();
        List<Constraint> indexes = new ArrayList<>();
        List<Check> checks = new ArrayList<>();
        List<PostgresIndex> postgresIndexes = new ArrayList<>();
        List<ManyToMany> manyToMany = new ArrayList<>();
        /** The table's column names in the model this one evolved from; empty in a first model. */
        List<String> columnsBefore = new ArrayList<>();

        Entity copy() {
            Entity e = new Entity();
            e.className = className;
            e.table = table;
            e.schema = schema;
            e.id = id;
            e.sequence = sequence;
            e.allocationSize = allocationSize;
            fields.forEach(f -> e.fields.add(f.copy()));
            e.references.addAll(references);
            e.uniques.addAll(uniques);
            e.indexes.addAll(indexes);
            e.checks.addAll(checks);
            e.postgresIndexes.addAll(postgresIndexes);
            e.manyToMany.addAll(manyToMany);
            return e;
        }

        /** Every column name this entity's table uses, so that new ones do not collide. */
        List<String> columns() {
            List<String> names = new ArrayList<>(List.of("id"));
            fields.forEach(f -> names.add(f.column));
            references.forEach(r -> names.add(r.column()));
            return names;
        }
    }

    final List<Entity> entities = new ArrayList<>();
    /** Feeds unique suffixes for class, constraint, index and sequence names across both versions of a model. */
    int counter;

    RandomModel copy() {
        RandomModel m = new RandomModel();
        entities.forEach(e -> m.entities.add(e.copy()));
        m.counter = counter;
        return m;
    }

    /** Whether some entity's table lives in a schema other than the default one. */
    boolean usesOtherSchema() {
        return entities.stream().anyMatch(e -> e.schema != null);
    }

    /** Whether some entity has an index H2 cannot express. */
    boolean hasPostgresOnlyIndexes() {
        return entities.stream().anyMatch(e -> !e.postgresIndexes.isEmpty());
    }

    String nextName(String prefix) {
        return prefix + "_" + (++counter);
    }

    /** File name to Java source, for the entities in {@code javaPackage}. */
    Map<String, String> sources(String javaPackage) {
        Map<String, String> files = new LinkedHashMap<>();
        files.put("Status.java", "package " + javaPackage + ";\n\npublic enum Status { NEW, ACTIVE, CLOSED }\n");
        files.put("Solo.java", "package " + javaPackage + ";\n\npublic enum Solo { ONLY }\n");
        for (Entity entity : entities) {
            files.put(entity.className + ".java", source(javaPackage, entity));
        }
        return files;
    }

    private static String source(String javaPackage, Entity e) {
        StringBuilder s = new StringBuilder();
        s.append("package ").append(javaPackage).append(";\n\n")
                .append("import jakarta.persistence.*;\nimport jakarta.validation.constraints.*;\n")
                .append("import org.hibernate.annotations.ColumnDefault;\n\n")
                .append("@Entity\n@Table(name = ").append(quote(e.table));
        if (e.schema != null) {
            s.append(", schema = ").append(quote(e.schema));
        }
        if (!e.uniques.isEmpty()) {
            s.append(",\n    uniqueConstraints = {").append(e.uniques.stream()
                    .map(u -> "@UniqueConstraint(name = \"" + u.name() + "\", columnNames = {"
                            + u.columns().stream().map(RandomModel::quote).collect(Collectors.joining(", ")) + "})")
                    .collect(Collectors.joining(", "))).append("}");
        }
        if (!e.indexes.isEmpty() || !e.postgresIndexes.isEmpty()) {
            s.append(",\n    indexes = {").append(java.util.stream.Stream.concat(e.indexes.stream()
                    .map(i -> "@Index(name = \"" + i.name() + "\", columnList = "
                            + quote(String.join(", ", i.columns())) + ")"), e.postgresIndexes.stream()
                    .map(i -> "@Index(name = \"" + i.name() + "\", columnList = " + quote(i.columnList())
                            + ", unique = " + i.unique() + (i.options() == null ? "" : ", options = "
                            + quote(i.options())) + ")"))
                    .collect(Collectors.joining(", "))).append("}");
        }
        s.append(")\n");
        for (Check check : e.checks) {
            s.append("@org.hibernate.annotations.Check(").append(check.name() == null ? ""
                    : "name = " + quote(check.name()) + ", ").append("constraints = ")
                    .append(quote(check.expression())).append(")\n");
        }
        s.append("public class ").append(e.className).append(" {\n");
        if (e.id == IdKind.IDENTITY) {
            s.append("    @Id @GeneratedValue(strategy = GenerationType.IDENTITY)\n");
        } else {
            s.append("    @Id @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = \"gen_")
                    .append(e.className).append("\")\n    @SequenceGenerator(name = \"gen_").append(e.className)
                    .append("\", sequenceName = \"").append(e.sequence).append("\", allocationSize = ")
                    .append(e.allocationSize).append(")\n");
        }
        s.append("    Long id;\n");
        int n = 0;
        for (Field f : e.fields) {
            s.append(field(f, "f" + (n++)));
        }
        for (Reference r : e.references) {
            s.append("    @ManyToOne(optional = ").append(r.optional()).append(")\n    @JoinColumn(name = ")
                    .append(quote(r.column())).append(", nullable = ").append(r.optional());
            if (r.fkName() != null) {
                s.append(", foreignKey = @ForeignKey(name = \"").append(r.fkName()).append("\")");
            }
            s.append(")\n    ").append(r.target()).append(" r").append(n++).append(";\n");
        }
        for (ManyToMany m : e.manyToMany) {
            s.append("    @ManyToMany\n    @JoinTable(name = ").append(quote(m.joinTable()))
                    .append(", joinColumns = @JoinColumn(name = ").append(quote(m.ownerColumn()))
                    .append("), inverseJoinColumns = @JoinColumn(name = ").append(quote(m.targetColumn()))
                    .append("))\n    java.util.Set<").append(m.target()).append("> m").append(n++).append(";\n");
        }
        return s.append("}\n").toString();
    }

    private static String field(Field f, String javaName) {
        StringBuilder s = new StringBuilder("    ");
        if (f.defaultValue != null) {
            s.append("@ColumnDefault(").append(quote(f.defaultValue)).append(") ");
        }
        if (f.type == FieldType.ENUM) {
            s.append("@Enumerated(EnumType.STRING) ");
        } else if (f.type == FieldType.SOLO) {
            s.append("@Enumerated(EnumType.ORDINAL) ");
        }
        if (f.validation != null) {
            s.append(f.validation).append(' ');
        }
        if (f.renamedFrom != null) {
            s.append("@dev.plumb.annotations.RenamedFrom(").append(quote(f.renamedFrom)).append(") ");
        }
        s.append("@Column(name = ").append(quote(f.column)).append(", nullable = ").append(f.nullable)
                .append(", unique = ").append(f.unique);
        if (f.type == FieldType.STRING) {
            s.append(", length = ").append(f.length);
        } else if (f.type == FieldType.DECIMAL) {
            s.append(", precision = ").append(f.precision).append(", scale = ").append(f.scale);
        }
        return s.append(")\n    ").append(javaType(f.type)).append(' ').append(javaName).append(";\n").toString();
    }

    private static String javaType(FieldType type) {
        return switch (type) {
            case STRING -> "String";
            case DECIMAL -> "java.math.BigDecimal";
            case INT -> "Integer";
            case LONG -> "Long";
            case BOOLEAN -> "Boolean";
            case DATE -> "java.time.LocalDate";
            case TIMESTAMP -> "java.time.LocalDateTime";
            case ENUM -> "Status";
            case SOLO -> "Solo";
        };
    }

    /** A Java string literal of an SQL name: reserved words get Hibernate's backtick quoting. */
    private static String quote(String text) {
        return "\"" + text.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
    }
}
