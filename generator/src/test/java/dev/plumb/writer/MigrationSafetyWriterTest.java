package dev.plumb.writer;

import dev.plumb.compile.MigrationLoader;
import dev.plumb.diff.AddUniqueConstraint;
import dev.plumb.diff.AlterColumn;
import dev.plumb.diff.Change;
import dev.plumb.diff.DropColumn;
import dev.plumb.diff.OffendingRows;
import dev.plumb.diff.TypeChangeEffect;
import dev.plumb.diff.TypeChangeKind;
import dev.plumb.dialect.OffendingRowsQueries;
import dev.plumb.model.Column;
import dev.plumb.model.Identifier;
import dev.plumb.model.QualifiedName;
import dev.plumb.model.UniqueConstraint;
import dev.plumb.runtime.Dialect;
import dev.plumb.runtime.Migration;
import dev.plumb.runtime.MigrationSafety;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What a generated class tells about risk: the {@link MigrationSafety} annotation for tools, {@code reversible()}
 * for the runtime, and in the Javadoc the reviewer's queries, the data-loss and the irreversibility notes.
 */
class MigrationSafetyWriterTest {

    private static final QualifiedName CUSTOMER = QualifiedName.of("customer");
    private static final Column EMAIL = Column.of("email", "varchar(255)", true);

    @TempDir
    Path root;

    private final MigrationWriter writer = new MigrationWriter(new MigrationHeader(MigrationHeader.BUILT_IN_TEMPLATE));

    @Test
    void uniqueOnExistingDataCarriesItsQueryAndTheWorstSafetyClass() throws IOException {
        Change unique = new AddUniqueConstraint(CUSTOMER, new UniqueConstraint(
                Optional.of(Identifier.of("uk_customer_email")), List.of(Identifier.of("email"))));
        Change drop = new DropColumn(CUSTOMER, Column.of("note", "text", true));
        Migration migration = writeAndLoad(List.of(unique, drop), "V1__Unique");

        MigrationSafety safety = migration.getClass().getAnnotation(MigrationSafety.class);
        assertThat(safety.worst()).isEqualTo(MigrationSafety.Level.DATA_LOSS);
        assertThat(safety.unsafe()).containsExactly("+ unique customer (email)  [data-dependent]",
                "DATA LOSS: - column customer.note");
        assertThat(migration.reversible()).isTrue();
        String source = Files.readString(root.resolve("db/migration/V1__Unique.java"));
        assertThat(source).contains("select email, count(*) from customer where email is not null group by email"
                + " having count(*) &gt; 1;");
        assertThat(source).contains("the down migration restores the full definition of what this one drops,"
                + " not its data");
        assertThat(source).doesNotContain("reversible()");
    }

    @Test
    void conversionIsMarkedIrreversibleAndASafeMigrationSaysSafe() {
        Column payload = Column.of("payload", "text", true);
        Change conversion = new AlterColumn(CUSTOMER, payload, payload.withType("jsonb"), Optional.empty(),
                new TypeChangeEffect(TypeChangeKind.CONVERSION, TypeChangeKind.CONVERSION, false));
        assertThat(writeAndLoad(List.of(conversion), "V2__Json").reversible()).isFalse();

        Change widening = new AlterColumn(CUSTOMER, EMAIL, EMAIL.withType("varchar(1000)"), Optional.empty(),
                new TypeChangeEffect(TypeChangeKind.WIDENING, TypeChangeKind.NARROWING, true));
        Migration widened = writeAndLoad(List.of(widening), "V3__Widen");
        assertThat(widened.reversible()).isTrue();
        MigrationSafety safety = widened.getClass().getAnnotation(MigrationSafety.class);
        assertThat(safety.worst()).isEqualTo(MigrationSafety.Level.SAFE);
        assertThat(safety.unsafe()).isEmpty();
    }

    @Test
    void backfilledNotNullIsIrreversibleAndSaysSoInTheJavadoc() throws IOException {
        Change notNull = new AlterColumn(CUSTOMER, EMAIL, EMAIL.withNullable(false), Optional.of("'none'"));
        Migration migration = writeAndLoad(List.of(notNull), "V4__Required");

        assertThat(migration.reversible()).isFalse();
        assertThat(Files.readString(root.resolve("db/migration/V4__Required.java")))
                .contains("IRREVERSIBLE: the down migration restores the structure but not the values changed by:")
                .contains("public boolean reversible()");
    }

    private Migration writeAndLoad(List<Change> changes, String className) {
        String version = className.substring(1, className.indexOf("__"));
        String name = className.substring(className.indexOf("__") + 2);
        List<OffendingRows.Review> reviews = new OffendingRows(new OffendingRowsQueries(Identifier::value)).reviews(changes);
        MigrationSpec spec = new MigrationSpec(version, name, name, Instant.EPOCH, changes,
                MigrationSpec.inTransaction(Map.of(Dialect.H2, List.of("select 1"))),
                MigrationSpec.inTransaction(Map.of(Dialect.H2, List.of("select 2"))), reviews);
        writer.write(spec, root, "db.migration");
        return new MigrationLoader().load(List.of(root), Optional.of("db.migration")).stream()
                .filter(m -> m.getClass().getSimpleName().equals(className)).findFirst().orElseThrow();
    }
}
