package dev.plumb.scenario;

import dev.plumb.scenario.RandomModel.Check;
import dev.plumb.scenario.RandomModel.Constraint;
import dev.plumb.scenario.RandomModel.Entity;
import dev.plumb.scenario.RandomModel.Field;
import dev.plumb.scenario.RandomModel.FieldType;
import dev.plumb.scenario.RandomModel.IdKind;
import dev.plumb.scenario.RandomModel.ManyToMany;
import dev.plumb.scenario.RandomModel.PostgresIndex;
import dev.plumb.scenario.RandomModel.Reference;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.function.Predicate;

/**
 * Random small entity models (1 to 5 entities) and random evolutions of them, from one {@link Random}: the same seed
 * always gives the same pair, which is how a failing case is reproduced. Every mutation is one of the change kinds
 * Plumb supports (see {@link #evolve}); a rename is generated only as the application declares it
 * ({@code @RenamedFrom}), because Plumb never guesses one.
 */
final class ModelGenerator {

    /** Longer than PostgreSQL's 63 bytes: stored cut, and still the same table and column to Plumb. */
    private static final String LONG_TABLE = "customer_subscription_renewal_reminder_notification_delivery_attempt";
    private static final String LONG_COLUMN = "date_on_which_the_customer_last_confirmed_their_postal_address_ok";
    /** The schema some tables live in, besides the default one. */
    static final String OTHER_SCHEMA = "ops";

    /**
     * The names one dialect's models use.
     *
     * @param longestName the longest table or column name: the long ones are cut to it, for a database that refuses
     *                    longer ones (MariaDB: 64 characters)
     * @param otherSchema the schema some tables live in besides the default one: on MariaDB a database of the
     *                    server, which other test runs on the same server share, so it needs a name of its own
     */
    record Names(int longestName, String otherSchema) {
        /** The names as long as they come, and {@value #OTHER_SCHEMA}. */
        static final Names AS_THEY_COME = new Names(Integer.MAX_VALUE, OTHER_SCHEMA);
    }
    private static final FieldType[] TYPES = FieldType.values();

    private final Random random;
    private final String otherSchema;
    private final String longColumn;
    private final List<String> tables;
    private final List<String> columns;

    /** A generator whose names are {@link Names#AS_THEY_COME}. */
    ModelGenerator(Random random) {
        this(random, Names.AS_THEY_COME);
    }

    /**
     * A generator with the given {@code names}. Only the names differ: the same seed makes the same models otherwise,
     * so a case number means the same evolution on every dialect.
     */
    ModelGenerator(Random random, Names names) {
        this.random = random;
        this.otherSchema = names.otherSchema();
        int longestName = names.longestName();
        this.longColumn = cut(LONG_COLUMN, longestName);
        this.tables = List.of("customer", "product", "invoice", "line_item", "account", "shipment", "`order`",
                "`user`", "`group`", cut(LONG_TABLE, longestName));
        this.columns = List.of("name", "email", "title", "amount", "price", "code", "status", "created", "note",
                "score", "active", "`user`", "`order`", "`select`", "`value`", "`key`", longColumn);
    }

    private static String cut(String name, int longest) {
        return name.length() <= longest ? name : name.substring(0, longest);
    }

    RandomModel model() {
        RandomModel model = new RandomModel();
        int entities = 1 + random.nextInt(4);
        for (int i = 0; i < entities; i++) {
            addEntity(model);
        }
        return model;
    }

    /** A deep copy of {@code model} with one to three random mutations. */
    RandomModel evolve(RandomModel model) {
        RandomModel next = model.copy();
        next.entities.forEach(e -> {
            e.fields.forEach(f -> f.existedBefore = true);
            e.columnsBefore = e.columns();
        });
        int mutations = 1 + random.nextInt(3);
        for (int i = 0; i < mutations; i++) {
            mutate(next);
        }
        return next;
    }

    private void mutate(RandomModel m) {
        Entity e = m.entities.get(random.nextInt(m.entities.size()));
        switch (random.nextInt(24)) {
            case 0 -> {
                if (m.entities.size() < 5) {
                    addEntity(m);
                }
            }
            case 1 -> dropEntity(m, e);
            case 2 -> e.fields.add(field(e));
            case 3 -> dropField(e);
            case 4 -> withField(e, f -> f.type == FieldType.STRING, f -> f.length = length());
            case 5 -> withField(e, f -> f.type == FieldType.DECIMAL, f -> {
                f.precision = f.scale + 1 + random.nextInt(18);
                if (f.defaultValue != null) {
                    f.defaultValue = defaultFor(f);
                }
            });
            case 6 -> withField(e, f -> true, f -> f.nullable = !f.nullable);
            case 7 -> withField(e, f -> true, f -> f.defaultValue = f.defaultValue == null ? defaultFor(f)
                    : null);
            case 8 -> addReference(m, e);
            case 9 -> dropReference(e);
            case 10 -> withField(e, f -> true, f -> f.unique = !f.unique);
            case 11 -> addConstraint(m, e, e.uniques, "uk", false);
            case 12 -> removeOne(e.uniques);
            case 13 -> addConstraint(m, e, e.indexes, "ix", true);
            case 14 -> removeOne(e.indexes);
            case 16 -> addCheck(m, e);
            case 17 -> removeOne(e.checks);
            case 18 -> addManyToMany(m, e);
            case 19 -> removeOne(e.manyToMany);
            case 20 -> withField(e, f -> true, f -> f.validation = f.validation == null ? validation(f) : null);
            case 21 -> addPostgresIndex(m, e);
            case 22 -> removeOne(e.postgresIndexes);
            case 23 -> renameField(e);
            default -> {
                if (e.id == IdKind.SEQUENCE) {
                    e.allocationSize = allocationSize();
                }
            }
        }
    }

    private void addEntity(RandomModel m) {
        List<String> free = new ArrayList<>(tables);
        m.entities.forEach(e -> free.remove(e.table));
        Entity e = new Entity();
        e.className = m.nextName("E");
        e.table = free.get(random.nextInt(free.size()));
        e.schema = random.nextInt(5) == 0 ? otherSchema : null;
        if (random.nextInt(3) == 0) {
            e.id = IdKind.SEQUENCE;
            e.sequence = m.nextName("seq");
            e.allocationSize = allocationSize();
        }
        int fields = random.nextInt(5);
        for (int i = 0; i < fields; i++) {
            e.fields.add(field(e));
        }
        m.entities.add(e);
        if (random.nextInt(3) == 0) {
            addConstraint(m, e, e.uniques, "uk", false);
        }
        if (random.nextInt(3) == 0) {
            addConstraint(m, e, e.indexes, "ix", true);
        }
        if (m.entities.size() > 1 && random.nextBoolean()) {
            addReference(m, e);
        }
        if (random.nextInt(4) == 0) {
            addCheck(m, e);
        }
        if (random.nextInt(4) == 0) {
            addManyToMany(m, e);
        }
        if (random.nextInt(8) == 0) {
            addPostgresIndex(m, e);
        }
    }

    /**
     * A column renamed, declared with {@code @RenamedFrom} (the application's way): only a column the previous model
     * had, once, and neither a reserved word nor a long name (a rename hint is not cut to 63 bytes). The new name is
     * one the table did not have before; renames that chain or swap names are covered by {@code RenameChainTest} and
     * the scenario {@code rename-chain-and-swap}. Everything that names the column follows it.
     */
    private void renameField(Entity e) {
        List<Field> candidates = e.fields.stream()
                .filter(f -> f.existedBefore && f.renamedFrom == null && plainName(f.column)).toList();
        List<String> free = new ArrayList<>(columns);
        free.removeAll(e.columns());
        free.removeIf(c -> !plainName(c) || e.columnsBefore.contains(c));
        if (candidates.isEmpty() || free.isEmpty()) {
            return;
        }
        Field f = candidates.get(random.nextInt(candidates.size()));
        String to = free.get(random.nextInt(free.size()));
        String from = f.column;
        f.renamedFrom = from;
        f.column = to;
        java.util.function.UnaryOperator<String> swap = c -> c.equals(from) ? to
                : c.equals(from + " desc") ? to + " desc" : c;
        e.uniques.replaceAll(u -> new Constraint(u.name(), u.columns().stream().map(swap).toList()));
        e.indexes.replaceAll(i -> new Constraint(i.name(), i.columns().stream().map(swap).toList()));
        e.checks.replaceAll(c -> new Check(c.name(), c.expression().replaceAll("\\b" + from + "\\b", to),
                c.columns().stream().map(swap).toList()));
        e.postgresIndexes.replaceAll(i -> i.column().equals(from) ? new PostgresIndex(i.name(),
                i.columnList().replaceAll("\\b" + from + "\\b", to), i.options() == null ? null
                : i.options().replaceAll("\\b" + from + "\\b", to), i.unique(), to) : i);
    }

    private boolean plainName(String column) {
        return !column.startsWith("`") && !column.equals(longColumn);
    }

    /** An expression key or a partial index over one of the entity's string columns (not a reserved word). */
    private void addPostgresIndex(RandomModel m, Entity e) {
        List<String> strings = e.fields.stream().filter(f -> f.type == FieldType.STRING)
                .map(f -> f.column).filter(c -> !c.startsWith("`")).toList();
        if (strings.isEmpty()) {
            return;
        }
        String column = strings.get(random.nextInt(strings.size()));
        e.postgresIndexes.add(random.nextBoolean()
                ? new PostgresIndex(m.nextName("ix"), "(lower(" + column + "))", null, random.nextBoolean(), column)
                : new PostgresIndex(m.nextName("ix"), column, "where " + column + " is not null and " + column
                        + " <> 'x'", false, column));
    }

    private void dropEntity(RandomModel m, Entity e) {
        if (m.entities.size() < 2) {
            return;
        }
        m.entities.remove(e);
        for (Entity other : m.entities) {
            other.references.stream().filter(r -> r.target().equals(e.className)).toList()
                    .forEach(r -> dropColumnConstraints(other, r.column()));
            other.references.removeIf(r -> r.target().equals(e.className));
            other.manyToMany.removeIf(j -> j.target().equals(e.className));
        }
    }

    private Field field(Entity e) {
        List<String> free = new ArrayList<>(columns);
        free.removeAll(e.columns());
        Field f = new Field();
        f.column = free.isEmpty() ? "extra_" + e.columns().size() : free.get(random.nextInt(free.size()));
        f.type = TYPES[random.nextInt(TYPES.length)];
        f.length = length();
        f.scale = random.nextInt(4);
        f.precision = f.scale + 1 + random.nextInt(18);
        f.nullable = random.nextInt(4) != 0;
        f.unique = random.nextInt(8) == 0;
        f.defaultValue = random.nextInt(4) == 0 ? defaultFor(f) : null;
        f.validation = random.nextInt(3) == 0 ? validation(f) : null;
        return f;
    }

    /**
     * Bean Validation that changes the DDL (the validator is on the test classpath, as in a Spring Boot application
     * with spring-boot-starter-validation): NOT NULL, a length, a range check.
     */
    private String validation(Field f) {
        return switch (f.type) {
            case STRING -> random.nextBoolean() ? "@NotBlank" : "@Size(max = " + (1 + random.nextInt(200)) + ")";
            case INT, LONG -> "@Min(0) @Max(" + (1 + random.nextInt(1000)) + ")";
            case DECIMAL, TIMESTAMP, DATE -> "@NotNull";
            default -> null;
        };
    }

    /**
     * A table check over one or two of the entity's numeric columns, with several operands in an order the
     * canonical form would change, named or left to the database.
     */
    private void addCheck(RandomModel m, Entity e) {
        List<String> numeric = e.fields.stream()
                .filter(f -> f.type == FieldType.INT || f.type == FieldType.LONG || f.type == FieldType.DECIMAL)
                .map(f -> f.column).filter(c -> !c.startsWith("`")).toList();
        if (numeric.isEmpty()) {
            return;
        }
        String a = numeric.get(random.nextInt(numeric.size()));
        String b = numeric.get(random.nextInt(numeric.size()));
        String expression = a.equals(b) || random.nextBoolean()
                ? a + " is null or " + a + " >= 0"
                : "(" + b + " is null or " + a + " is null or " + b + " <= " + a + " + 1000) and " + a + " > -1";
        e.checks.add(new Check(random.nextBoolean() ? m.nextName("ck") : null, expression,
                a.equals(b) ? List.of(a) : List.of(a, b)));
    }

    private void addManyToMany(RandomModel m, Entity e) {
        Entity target = m.entities.get(random.nextInt(m.entities.size()));
        e.manyToMany.add(new ManyToMany(m.nextName("jt"), target.className, "z_" + m.nextName("owner"),
                "a_" + m.nextName("target")));
    }

    private void dropField(Entity e) {
        if (e.fields.isEmpty()) {
            return;
        }
        dropColumnConstraints(e, e.fields.remove(random.nextInt(e.fields.size())).column);
    }

    private void dropReference(Entity e) {
        if (!e.references.isEmpty()) {
            dropColumnConstraints(e, e.references.remove(random.nextInt(e.references.size())).column());
        }
    }

    /** A dropped column takes the unique constraints and indexes over it along, as the application would. */
    private static void dropColumnConstraints(Entity e, String column) {
        e.uniques.removeIf(u -> u.columns().contains(column));
        e.checks.removeIf(c -> c.columns().contains(column));
        e.postgresIndexes.removeIf(i -> i.column().equals(column));
        e.indexes.removeIf(i -> i.columns().stream().anyMatch(c -> c.replace(" desc", "").equals(column)));
    }

    private void withField(Entity e, Predicate<Field> eligible, java.util.function.Consumer<Field> change) {
        List<Field> candidates = e.fields.stream().filter(eligible).toList();
        if (!candidates.isEmpty()) {
            change.accept(candidates.get(random.nextInt(candidates.size())));
        }
    }

    /**
     * A reference from a table in {@code ops} to one in the default schema is left out: H2 cannot express it (Plumb
     * refuses it there, see {@code DialectLimits}), and the model serves both dialects.
     */
    private void addReference(RandomModel m, Entity e) {
        Entity target = m.entities.get(random.nextInt(m.entities.size()));
        if (e.schema != null && target.schema == null) {
            return;
        }
        String column = m.nextName("ref");
        String fkName = random.nextBoolean() ? m.nextName("fk") : null;
        e.references.add(new Reference(column, target.className, random.nextBoolean(), fkName));
    }

    /** A unique constraint or index over one or two of the entity's own columns (indexes may be descending). */
    private void addConstraint(RandomModel m, Entity e, List<Constraint> into, String prefix, boolean orderable) {
        List<String> columns = new ArrayList<>(e.columns());
        columns.remove("id");
        if (columns.isEmpty()) {
            return;
        }
        List<String> chosen = new ArrayList<>();
        int count = Math.min(columns.size(), 1 + random.nextInt(2));
        for (int i = 0; i < count; i++) {
            String column = columns.remove(random.nextInt(columns.size()));
            chosen.add(orderable && random.nextInt(3) == 0 ? column + " desc" : column);
        }
        into.add(new Constraint(m.nextName(prefix), chosen));
    }

    private <T> void removeOne(List<T> list) {
        if (!list.isEmpty()) {
            list.remove(random.nextInt(list.size()));
        }
    }

    private int length() {
        return 2 + random.nextInt(300);
    }

    private int allocationSize() {
        return List.of(1, 5, 20, 50).get(random.nextInt(4));
    }

    /**
     * A constant default the column can hold. A numeric default must fit the integer digits its precision leaves:
     * PostgreSQL accepts {@code numeric(1,0) default 84} in {@code create table} but evaluates the constant at
     * {@code alter table ... add column}, so an ill-fitting default would fail the down step, not Plumb.
     */
    private String defaultFor(Field f) {
        return switch (f.type) {
            case STRING -> "'d" + random.nextInt(10) + "'";
            case DECIMAL -> String.valueOf(random.nextInt(f.precision - f.scale >= 2 ? 100 : 10));
            case INT, LONG -> String.valueOf(random.nextInt(100));
            case BOOLEAN -> random.nextBoolean() ? "true" : "false";
            case DATE -> "'2024-01-0" + (1 + random.nextInt(9)) + "'";
            case TIMESTAMP -> "current_timestamp";
            case ENUM -> "'NEW'";
            case SOLO -> "0";
        };
    }
}
