package dev.plumb.adoption;

import dev.plumb.testsupport.TestDatabase;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 12's acceptance points 1, 3, 4 and 5 (and {@code check} right after adoption), on the {@link AdoptionFixture}
 * databases: they need managed and unmanaged objects, name-only matching, {@code --prune} and the adoption review
 * from branch i12-managed. Written against the behaviour the issue specifies; enable after merging that branch.
 */

class AdoptionManagedObjectsTest {

    /** Objects the fixtures have that no entity describes, as the catalog names them (lower case). */
    private static final List<String> UNMANAGED = List.of("idx_address_customer", "idx_order_customer",
            "idx_order_status_ordered_at", "uq_stock_item_product_warehouse", "uq_wishlist_item",
            "idx_audit_log_entry_created_at", "fk_address_customer", "fk_review_customer");

    /** The genuine discrepancies both dialects' fixtures have, by the column they concern. */
    private static final List<String> DISCREPANCIES = List.of("customer.email", "supplier.contact_email",
            "shipment.carrier", "coupon.valid_until");

    /** A line of the change list on stderr: {@code + ...}, {@code ~ ...}, {@code - ...  [weakening]}, {@code DATA LOSS: - ...}. */
    private static final Pattern CHANGE_LINE = Pattern.compile("(?m)^(DATA LOSS: )?[+~-] .*$");

    @TempDir
    Path cwd;

    static Stream<org.junit.jupiter.params.provider.Arguments> fixtures() {
        return AdoptionAcceptanceTest.fixtures();
    }

    /**
     * The fixtures for {@code --prune}, without MariaDB: the adopted MariaDB schema has column-level checks, which
     * MariaDB refuses to drop by name ({@code ERROR 1091 Can't DROP CONSTRAINT}); only restating the column removes
     * one, and a dropped check does not carry its column yet. A known gap (README, MariaDB), open work, not a pass.
     */
    static Stream<org.junit.jupiter.params.provider.Arguments> pruneFixtures() {
        return fixtures().filter(arguments -> arguments.get()[1] != TestDatabase.Kind.MARIADB);
    }

    /**
     * Point 1: the review proposes no drop or weakening of what the entities do not describe, counts the true
     * discrepancies by kind, and lists what it ignores as name-only.
     */
    @ParameterizedTest(name = "{0} on {1}")
    @MethodSource("fixtures")
    void dryRunKeepsUnmanagedObjectsAndListsTheTrueDiscrepancies(AdoptionFixture fixture, TestDatabase.Kind kind) {
        try (TestDatabase db = TestDatabase.create(kind)) {
            fixture.create(db);
            AdoptionProject project = new AdoptionProject(cwd, db);

            AdoptionProject.Run review = project.plumb("generate", "--dry-run");

            assertThat(review.exitCode()).as(review.all()).isZero();
            // the up only: its down undoes what it adds, and MariaDB drops an added unique key with "drop index"
            String out = review.out().toLowerCase(Locale.ROOT);
            String sql = out.substring(0, Math.max(out.indexOf("\n-- down"), 0));
            assertThat(sql).contains("alter table")
                    .doesNotContain("drop index", "drop table", "drop default", "drop not null")
                    .doesNotContainPattern("drop constraint \"?(fk|uq|ck)_")
                    .doesNotContainPattern("add constraint \"?fk");
            assertThat(review.all().toLowerCase(Locale.ROOT)).contains(DISCREPANCIES).contains("kept")
                    .contains(UNMANAGED);
            // customer.email, shipment.carrier and supplier.contact_email are narrower in the entities
            assertThat(review.out()).contains("-- discrepancies by kind: ").contains("3 length")
                    .contains("1 missing column");
            AdoptionProject.Run markdown = project.plumb("generate", "--dry-run", "--format", "markdown");
            assertThat(markdown.exitCode()).isZero();
            assertThat(markdown.out().toLowerCase(Locale.ROOT)).contains(DISCREPANCIES).contains(UNMANAGED)
                    .contains("**discrepancies by kind**: ");
            // the fixture names its foreign keys fk_*, where Hibernate's names are hashes: same keys, listed
            assertThat(review.out()).containsPattern("-- ignored as name-only \\(same definition, another name or"
                    + " column order\\), \\d+:").containsPattern("(?m)^-- = foreign key on \\S+ \\(\\w+\\) "
                    + "references \\S+: named \\w+ in the database");
            assertThat(markdown.out()).contains("**Ignored as name-only**");
        }
    }

    /**
     * Point 2 for {@code check}: right after the baseline it passes, listing the true discrepancies the baseline
     * accepted (never an unmanaged object); an entity edited after the baseline is drift, and once a migration aligns
     * the database with the entities, it passes with nothing accepted left to list.
     */
    @ParameterizedTest(name = "{0} on {1}")
    @MethodSource("fixtures")
    void checkAfterAdoptionPassesOnTheDiscrepanciesTheBaselineAcceptedOnly(AdoptionFixture fixture,
                                                                            TestDatabase.Kind kind) throws IOException {
        try (TestDatabase db = TestDatabase.create(kind)) {
            fixture.create(db);
            AdoptionProject project = new AdoptionProject(cwd, db);
            AdoptionProject.Run baseline = project.plumb("baseline", "--version", "1");
            assertThat(baseline.exitCode()).as(baseline.all()).isZero();
            assertThat(baseline.out()).containsPattern("Accepted \\d+ differences");
            assertThat(Files.readString(project.migrations().resolve("V1__Baseline.java")))
                    .contains("@AcceptedDifferences(", "Accepted differences");

            AdoptionProject.Run check = project.plumb("check");
            assertThat(check.exitCode()).as(check.all()).isZero();
            assertThat(check.out()).contains("accepted when the database was baselined")
                    .containsPattern("(?m)^[~+-] ");
            assertThat(check.out().toLowerCase(Locale.ROOT)).doesNotContain(UNMANAGED);

            project.withEntities(EditedModel.compile(cwd.resolve("edited"), Map.of("Supplier", List.of(
                    "private String contactEmail;", "private String contactEmail;\n    @Column(length = 30)\n"
                            + "    private String phone;"))));
            AdoptionProject.Run drift = project.plumb("check");
            assertThat(drift.exitCode()).as(drift.all()).isEqualTo(3);
            assertThat(drift.out()).contains("phone", "the others are drift");

            project.withEntities(AdoptionFixture.entityOptions());
            align(project);
            AdoptionProject.Run aligned = project.plumb("check");
            assertThat(aligned.exitCode()).as(aligned.all()).isZero();
            assertThat(aligned.out()).contains("they produce the entities' schema").doesNotContain("accepted");
        }
    }

    /**
     * Point 3: after adoption, an entity change (a column, an index; then that index removed) generates exactly
     * that, and every object the entities do not describe survives, by a catalog compare.
     */
    @ParameterizedTest(name = "{0} on {1}")
    @MethodSource("fixtures")
    void anEntityChangeAfterAdoptionWritesExactlyThatAndKeepsEverythingElse(AdoptionFixture fixture,
                                                                            TestDatabase.Kind kind) {
        try (TestDatabase db = TestDatabase.create(kind)) {
            AdoptionProject project = adoptAndAlign(fixture, db);
            Set<String> before = CatalogSnapshot.of(db);
            assertThat(String.join("\n", before)).as("aligning keeps what the entities do not describe")
                    .contains(UNMANAGED);

            project.withEntities(EditedModel.compile(cwd.resolve("v2"), Map.of("Supplier", List.of(
                    "@Entity\n", "@Entity\n@Table(indexes = @Index(name = \"idx_supplier_name\", columnList = \"name\"))\n",
                    "private String contactEmail;", "private String contactEmail;\n    @Column(length = 30)\n"
                            + "    private String phone;"))));
            List<String> added = changeLines(project.plumb("generate", "--name", "supplier phone"));
            assertThat(added).hasSize(2).anyMatch(line -> line.startsWith("+") && line.contains("phone"))
                    .anyMatch(line -> line.startsWith("+") && line.toLowerCase(Locale.ROOT).contains("idx_supplier_name"));
            migrateAndCheckLive(project);

            project.withEntities(EditedModel.compile(cwd.resolve("v3"), Map.of("Supplier", List.of(
                    "private String contactEmail;", "private String contactEmail;\n    @Column(length = 30)\n"
                            + "    private String phone;"))));
            List<String> removed = changeLines(project.plumb("generate", "--name", "drop supplier name index"));
            assertThat(removed).singleElement().satisfies(line -> assertThat(line.toLowerCase(Locale.ROOT))
                    .startsWith("-").contains("idx_supplier_name"));
            migrateAndCheckLive(project);

            Set<String> after = CatalogSnapshot.of(db);
            assertThat(after).containsAll(before);
            assertThat(new TreeSet<>(after)).hasSize(before.size() + 1)
                    .anyMatch(line -> line.startsWith("column supplier.phone"));
        }
    }

    /** Point 4: {@code --prune} drops the unmanaged objects, each flagged, and its down restores them. */
    @ParameterizedTest(name = "{0} on {1}")
    @MethodSource("pruneFixtures")
    void pruneDropsUnmanagedObjectsFlaggedAndItsDownRestoresThem(AdoptionFixture fixture, TestDatabase.Kind kind) {
        try (TestDatabase db = TestDatabase.create(kind)) {
            AdoptionProject project = adoptAndAlign(fixture, db);
            Set<String> before = CatalogSnapshot.of(db);

            AdoptionProject.Run prune = project.plumb("generate", "--prune", "--allow-data-loss", "--name", "prune");
            assertThat(prune.exitCode()).as(prune.all()).isZero();
            List<String> lines = changeLines(prune);
            for (String object : UNMANAGED) {
                assertThat(lines).as(object).anyMatch(line -> flaggedDrop(line)
                        && line.toLowerCase(Locale.ROOT).contains(object));
            }
            migrateAndCheckLive(project);
            assertThat(String.join("\n", CatalogSnapshot.of(db))).doesNotContain(UNMANAGED.subList(0, 6));

            AdoptionProject.Run rollback = project.plumb("rollback");
            assertThat(rollback.exitCode()).as(rollback.all()).isZero();
            assertThat(CatalogSnapshot.of(db)).isEqualTo(before);
        }
    }

    /** Point 5: a partial index and a view from a hand-written migration are kept by the next generate. */
    @ParameterizedTest(name = "{0} on {1}")
    @MethodSource("fixtures")
    void aHandWrittenPartialIndexAndViewAreKeptByTheNextGenerate(AdoptionFixture fixture, TestDatabase.Kind kind)
            throws IOException {
        try (TestDatabase db = TestDatabase.create(kind)) {
            AdoptionProject project = adoptAndAlign(fixture, db);
            AdoptionProject.Run created = project.plumb("new", "--name", "open orders");
            assertThat(created.exitCode()).as(created.all()).isZero();
            Path migration = Path.of(created.out().strip());
            // H2 and MariaDB have no partial indexes (https://mariadb.com/kb/en/create-index/): a plain one there
            String index = kind == TestDatabase.Kind.POSTGRESQL
                    ? "create index idx_order_open on purchase_order (ordered_at) where status = 'NEW'"
                    : "create index idx_order_open on purchase_order (ordered_at)";
            String view = "create view open_orders as select id, customer_id from purchase_order where status = 'NEW'";
            String dialect = kind.name();
            Files.writeString(migration, Files.readString(migration)
                    .replaceFirst("(public void up\\(Script script\\) \\{)", "$1\n        script.on(Dialect." + dialect
                            + ", \"" + index + "\", \"" + view + "\");")
                    .replaceFirst("(public void down\\(Script script\\) \\{)", "$1\n        script.on(Dialect." + dialect
                            + ", \"drop view open_orders\", \"drop index idx_order_open\");"));
            assertThat(project.plumb("migrate").exitCode()).isZero();

            AdoptionProject.Run next = project.plumb("generate");
            assertThat(next.exitCode()).as(next.all()).isZero();
            assertThat(next.out().strip()).isEqualTo("No changes");
            assertThat(String.join("\n", CatalogSnapshot.of(db))).contains("index idx_order_open", "view open_orders");
        }
    }

    /** The fixture created, baselined at 1, and aligned with the entities. */
    private AdoptionProject adoptAndAlign(AdoptionFixture fixture, TestDatabase db) {
        fixture.create(db);
        AdoptionProject project = new AdoptionProject(cwd, db);
        assertThat(project.plumb("baseline", "--version", "1").exitCode()).isZero();
        align(project);
        return project;
    }

    /** Migrates the database to the entities where they differ (the reviewer's choice for every discrepancy). */
    private static void align(AdoptionProject project) {
        AdoptionProject.Run generate = project.plumb("generate", "--allow-data-loss", "--name", "align with entities");
        assertThat(generate.exitCode()).as(generate.all()).isZero();
        migrateAndCheckLive(project);
    }

    private static void migrateAndCheckLive(AdoptionProject project) {
        AdoptionProject.Run migrate = project.plumb("migrate");
        assertThat(migrate.exitCode()).as(migrate.all()).isZero();
        AdoptionProject.Run live = project.plumb("check", "--live");
        assertThat(live.exitCode()).as(live.all()).isZero();
    }

    /**
     * A drop or re-creation marked with its safety class: weakening (a unique index, a key, a rule), data-dependent
     * (a foreign key re-created without its rule) or data loss (a table). A plain index enforces nothing, so its drop
     * is safe: listed as a drop, unmarked.
     */
    private static boolean flaggedDrop(String line) {
        return line.startsWith("DATA LOSS: - ") || line.startsWith("- index ")
                || (line.startsWith("- ") || line.startsWith("~ ")) && line.contains("  [");
    }

    private static List<String> changeLines(AdoptionProject.Run run) {
        assertThat(run.exitCode()).as(run.all()).isZero();
        return CHANGE_LINE.matcher(run.err()).results().map(match -> match.group()).toList();
    }
}
