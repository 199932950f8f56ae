package dev.plumb.dialect;

import dev.plumb.generate.GenerateOptions;
import dev.plumb.generate.GeneratedMigration;
import dev.plumb.generate.MigrationGenerator;
import dev.plumb.model.Column;
import dev.plumb.model.Schema;
import dev.plumb.model.Table;
import dev.plumb.runtime.Dialect;
import dev.plumb.testsupport.TestDatabase;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.assertj.core.groups.Tuple;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The down migration of a drop restores the catalog exactly, also for types written without their optional
 * precision or length: after up (drop) and down (re-create), the inspector reads every column as before, in the
 * catalog's own spelling ({@code timestamp without time zone}, not {@code timestamp(6) without time zone}). The
 * order of re-added columns is not compared: the diff does not treat column order as a change.
 */
class DropRoundTripTest {

    /** Types whose precision, length or scale is implicit when left out, per dialect. */
    private static final Map<TestDatabase.Kind, List<String>> IMPLICIT = Map.of(
            TestDatabase.Kind.POSTGRESQL, List.of("timestamp", "timestamp(6)", "time", "time(0)", "timestamptz",
                    "timetz", "timestamp with time zone", "time with time zone", "timestamp[]", "interval",
                    "interval(3)", "numeric", "numeric(10)", "decimal", "varchar", "char", "bit", "varbit",
                    "float", "float(10)", "double precision", "text", "bytea"),
            TestDatabase.Kind.H2, List.of("timestamp", "timestamp(6)", "time", "time(3)",
                    "timestamp with time zone", "time with time zone", "numeric", "numeric(10)", "decimal",
                    "varchar", "char", "text", "float", "float(10)", "double precision", "varbinary", "binary",
                    "interval second", "clob"),
            TestDatabase.Kind.MARIADB, List.of("timestamp", "timestamp(6)", "datetime", "datetime(6)", "time",
                    "time(3)", "decimal", "numeric", "numeric(10)", "float", "float(10)", "double",
                    "double precision", "real", "char", "binary", "bit", "int", "integer", "bigint", "smallint",
                    "tinyint", "mediumint", "int unsigned", "boolean", "text", "tinytext", "mediumtext", "longtext",
                    "blob", "longblob", "year", "json", "varchar(255)", "date"));

    @ParameterizedTest
    @EnumSource(TestDatabase.Kind.class)
    void droppedColumnsAndTablesComeBackWithTheirExactTypes(TestDatabase.Kind kind) throws SQLException {
        List<String> types = IMPLICIT.get(kind);
        StringBuilder columns = new StringBuilder("id integer primary key");
        for (int i = 0; i < types.size(); i++) {
            columns.append(", c").append(i).append(' ').append(types.get(i));
        }
        SqlDialect dialect = Dialects.of(Dialect.valueOf(kind.name())).orElseThrow();
        try (TestDatabase db = TestDatabase.create(kind)) {
            db.execute("create table kept (" + columns + ")", "create table gone (" + columns + ")");
            Schema before = inspect(db, dialect);
            Schema current = dialect.normalizer().normalize(before);
            Table kept = current.tables().stream().filter(t -> t.name().name().value().equalsIgnoreCase("kept"))
                    .findFirst().orElseThrow();
            Schema desired = new Schema(List.of(kept.withColumns(kept.columns().subList(0, 1))), List.of());

            GeneratedMigration migration = new MigrationGenerator().migrationBetween(dialect, current, desired,
                    GenerateOptions.DEFAULT.withAllowDataLoss());
            db.execute(migration.up().toArray(String[]::new));
            assertThat(inspect(db, dialect).tables()).hasSize(1);
            db.execute(migration.down().toArray(String[]::new));

            Schema after = inspect(db, dialect);
            for (Table table : before.tables()) {
                Table restored = after.table(table.name()).orElseThrow();
                assertThat(restored.columns()).extracting(Column::name, Column::type)
                        .as("%s on %s", table.name(), kind)
                        .containsExactlyInAnyOrderElementsOf(table.columns().stream()
                                .map(c -> Tuple.tuple(c.name(), c.type())).toList());
            }
        }
    }

    private static Schema inspect(TestDatabase db, SqlDialect dialect) throws SQLException {
        try (Connection connection = db.connect()) {
            return dialect.inspector().inspect(connection, new InspectionScope(Set.of(), Set.of()));
        }
    }

}
