package dev.plumb.generate;

import dev.plumb.diff.Change;
import dev.plumb.diff.ChangeLine;
import dev.plumb.dialect.SqlStatement;
import dev.plumb.runtime.Dialect;

import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * One migration for several databases: each dialect's {@link GeneratedMigration}, computed against that dialect's
 * own current schema. The first is the primary, the dialect of {@code --url}: its change list is the one the class
 * shares (Javadoc, safety, name); where another dialect's plan differs, {@link #differingChanges()} has its own list.
 * A single-dialect {@code generate} is the case of one.
 */
public record MultiDialectMigration(List<GeneratedMigration> migrations) {

    public MultiDialectMigration {
        migrations = List.copyOf(migrations);
        if (migrations.isEmpty()) {
            throw new IllegalArgumentException("a migration needs at least one dialect");
        }
        if (migrations.stream().map(GeneratedMigration::dialect).distinct().count() != migrations.size()) {
            throw new IllegalArgumentException("one migration per dialect: " + migrations.stream()
                    .map(GeneratedMigration::dialect).toList());
        }
    }

    public static MultiDialectMigration of(GeneratedMigration single) {
        return new MultiDialectMigration(List.of(single));
    }

    /** The migration of the URL's dialect, whose change list the class shares. */
    public GeneratedMigration primary() {
        return migrations.get(0);
    }

    /** The migrations of the other dialects, in the configured order. */
    public List<GeneratedMigration> others() {
        return migrations.subList(1, migrations.size());
    }

    /** Nothing to do on any dialect. */
    public boolean isEmpty() {
        return migrations.stream().allMatch(GeneratedMigration::isEmpty);
    }

    /** Each dialect's up statements, with how each must run. */
    public Map<Dialect, List<SqlStatement>> up() {
        return perDialect(GeneratedMigration::upStatements);
    }

    /** Each dialect's down statements, with how each must run. */
    public Map<Dialect, List<SqlStatement>> down() {
        return perDialect(GeneratedMigration::downStatements);
    }

    /** The dialects whose renderer made a statement that cannot run inside a transaction (they run in steps). */
    public Set<Dialect> outsideTransaction() {
        Set<Dialect> outside = EnumSet.noneOf(Dialect.class);
        migrations.stream().filter(m -> !m.transactional()).forEach(m -> outside.add(m.dialect()));
        return outside;
    }

    /**
     * The change lists of the dialects whose plan reads differently from the primary's: another change, one change
     * missing, or another safety class. Changes are compared as listed ({@link ChangeLine}: the one-line description
     * and the safety), which is what a reviewer compares.
     */
    public Map<Dialect, List<Change>> differingChanges() {
        List<String> shared = listed(primary().plan().up());
        return others().stream().filter(m -> !listed(m.plan().up()).equals(shared))
                .collect(Collectors.toMap(GeneratedMigration::dialect, m -> m.plan().up(), (a, b) -> a,
                        LinkedHashMap::new));
    }

    private static List<String> listed(List<Change> changes) {
        return ChangeLine.of(changes).stream().map(line -> line.text() + " " + line.safety()).toList();
    }

    private Map<Dialect, List<SqlStatement>> perDialect(
            Function<GeneratedMigration, List<SqlStatement>> statements) {
        Map<Dialect, List<SqlStatement>> map = new LinkedHashMap<>();
        migrations.forEach(m -> map.put(m.dialect(), statements.apply(m)));
        return map;
    }
}
