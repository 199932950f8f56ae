package dev.plumb.cli;

import dev.plumb.testsupport.TestDatabase;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Objects the entities do not describe and Plumb did not create are kept, on real databases: an index, a unique
 * index, a default, a NOT NULL, a table; {@code --prune} drops them, each flagged, with a down that restores them;
 * what Plumb created and the entities no longer describe is still dropped; what a hand-written migration created
 * (a partial index, a view) is kept by the next {@code generate}.
 */
class UnmanagedObjectsCliTest {

    private static final String FIELDS = """
            @Column(nullable = false, length = 120)
            String email;
            @Column(length = 40)
            String name;
            """;

    private static final String[] BY_HAND = {
        "create index customer_email_idx on customer (email)",
        "create unique index customer_name_uq on customer (name)",
        "alter table customer alter column name set default 'n/a'",
        "alter table customer alter column name set not null",
        "create table legacy_audit (id int primary key, note varchar(20))"};

    /**
     * The same by hand on MariaDB, which has no {@code alter column ... set not null}: a column's nullability changes
     * only by restating the whole column with {@code modify} (https://mariadb.com/kb/en/alter-table/#modify-column).
     */
    private static final String[] BY_HAND_MARIADB = {
        "create index customer_email_idx on customer (email)",
        "create unique index customer_name_uq on customer (name)",
        "alter table customer modify name varchar(40) not null default 'n/a'",
        "create table legacy_audit (id int primary key, note varchar(20)) engine=InnoDB"};

    @TempDir
    Path cwd;

    private GateWorkspace workspace;

    @ParameterizedTest
    @EnumSource(TestDatabase.Kind.class)
    void objectsNoEntityDescribesAreKeptAndPruneDropsThemWithADownThatRestores(TestDatabase.Kind kind)
            throws IOException {
        try (TestDatabase db = TestDatabase.create(kind)) {
            List<String> url = connection(db);
            workspace(FIELDS);
            assertThat(plumb(url, "generate", "--name", "init").exitCode()).isZero();
            assertThat(plumb(url, "migrate").exitCode()).isZero();
            db.execute(kind == TestDatabase.Kind.MARIADB ? BY_HAND_MARIADB : BY_HAND);

            GateWorkspace.Run kept = plumb(url, "generate", "--dry-run");
            assertThat(kept.exitCode()).as(kept.err()).isZero();
            assertThat(kept.out().strip()).isEqualTo("No changes");
            List<String> keptLines = keptLines(kept.err());
            assertThat(keptLines).hasSize(5).anyMatch(l -> l.contains("index customer_email_idx"))
                    .anyMatch(l -> l.contains("customer_name_uq")).anyMatch(l -> l.contains("table legacy_audit"))
                    .anyMatch(l -> l.contains("customer.name") && l.contains("default"))
                    .anyMatch(l -> l.contains("customer.name") && l.contains("null"));

            GateWorkspace.Run pruned = plumb(url, "generate", "--prune", "--allow-data-loss", "--name", "prune");
            assertThat(pruned.exitCode()).as(pruned.err()).isZero();
            assertThat(keptLines(pruned.err())).isEmpty();
            assertThat(pruned.err()).contains("index customer_email_idx", "table legacy_audit", "[weakening]",
                    "DATA LOSS");
            assertThat(plumb(url, "migrate").exitCode()).isZero();
            GateWorkspace.Run after = plumb(url, "generate", "--dry-run");
            assertThat(after.out().strip()).isEqualTo("No changes");
            assertThat(keptLines(after.err())).isEmpty();

            assertThat(plumb(url, "rollback").exitCode()).isZero();
            // rolled back and withdrawn: left in place, the pending migration would stop generate (exit 7)
            Files.delete(Path.of(pruned.out().strip()));
            GateWorkspace.Run restored = plumb(url, "generate", "--dry-run");
            assertThat(restored.out().strip()).isEqualTo("No changes");
            assertThat(keptLines(restored.err())).containsExactlyInAnyOrderElementsOf(keptLines);
        }
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.Kind.class)
    void whatPlumbCreatedIsDroppedWhatAHandWrittenMigrationCreatedIsKept(TestDatabase.Kind kind) throws IOException {
        try (TestDatabase db = TestDatabase.create(kind)) {
            List<String> url = connection(db);
            workspace(FIELDS + "@Column(unique = true, length = 20)\nString code;\n");
            assertThat(plumb(url, "generate", "--name", "init").exitCode()).isZero();
            String index = kind == TestDatabase.Kind.POSTGRESQL
                    ? "create index customer_open_idx on customer (email) where name is null"
                    : "create index customer_open_idx on customer (email)";
            workspace.writeMigration("29990101000000", "ByHand", List.of(index,
                    "create view customer_names as select id, name from customer"));
            GateWorkspace.Run migrated = plumb(url, "migrate");
            assertThat(migrated.exitCode()).as(migrated.err()).isZero();

            workspace(FIELDS + "@Column(length = 20)\nString code;\n");
            GateWorkspace.Run run = plumb(url, "generate", "--dry-run");
            assertThat(run.exitCode()).as(run.err()).isZero();
            assertThat(run.err()).containsPattern("- unique \\S+ on customer");
            // https://mariadb.com/kb/en/alter-table/#drop-index : a MariaDB unique constraint is a unique index
            assertThat(run.out()).containsIgnoringCase(kind == TestDatabase.Kind.MARIADB
                    ? "drop index code" : "drop constraint");
            assertThat(keptLines(run.err())).singleElement().asString().contains("customer_open_idx");
            GateWorkspace.Run dropUnique = plumb(url, "generate", "--name", "drop unique");
            assertThat(dropUnique.exitCode()).as(dropUnique.err()).isZero();
            GateWorkspace.Run migratedAgain = plumb(url, "migrate");
            assertThat(migratedAgain.exitCode()).as(migratedAgain.err()).isZero();
            db.execute("select id, name from customer_names");
        }
    }

    private static List<String> keptLines(String err) {
        return err.lines().filter(l -> l.startsWith(ReviewReport.KEPT)).toList();
    }

    private void workspace(String fields) throws IOException {
        if (workspace == null) {
            workspace = new GateWorkspace(cwd);
        }
        CustomerEntity.compile(cwd, fields);
    }

    private static List<String> connection(TestDatabase db) {
        return List.of("--url", db.url(), "--user", db.user(), "--password", db.password());
    }

    private GateWorkspace.Run plumb(List<String> connection, String... args) {
        List<String> all = new ArrayList<>(List.of(args));
        all.addAll(connection);
        return workspace.plumb(all.toArray(String[]::new));
    }
}
