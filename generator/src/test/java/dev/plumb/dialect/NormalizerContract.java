package dev.plumb.dialect;

import dev.plumb.model.CheckConstraint;
import dev.plumb.model.Column;
import dev.plumb.model.QualifiedName;
import dev.plumb.model.Schema;
import dev.plumb.model.SqlExpression;
import dev.plumb.model.Table;
import dev.plumb.testsupport.TestDatabase;
import org.junit.jupiter.api.Test;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What every dialect's normalizer must do: map Hibernate's type spellings to canonical ones that are valid DDL and
 * read back unchanged from the real database, and bring checks and defaults as Hibernate writes them and as the
 * catalog returns them to one canonical form. A dialect's normalizer test extends this class, supplies its type
 * spellings and its types part, and adds its own rules; a new dialect is one new subclass.
 */
public abstract class NormalizerContract extends DialectContract {

    protected NormalizerContract(SqlDialect dialect, Supplier<TestDatabase> database) {
        super(dialect, database);
    }

    /** Hibernate's type spellings for this dialect, each with its canonical spelling. */
    protected abstract Map<String, String> hibernateTypes();

    /** The canonical spelling of a type, as the dialect's types part gives it. */
    protected abstract String canonicalType(String spelling);

    /** The smallest integer type Hibernate uses on this dialect (a byte-sized enum ordinal). */
    protected abstract String smallIntegerType();

    protected final SchemaNormalizer normalizer() {
        return dialect().normalizer();
    }

    /** A name in the dialect's stored case, as Hibernate's unquoted names end up. */
    protected final QualifiedName stored(String name) {
        return new QualifiedName(Optional.empty(), dialect().identifierCase().fold(name, false));
    }

    @Test
    void hibernateSpellingsMapToCanonicalOnes() {
        hibernateTypes().forEach((raw, canonical) ->
                assertThat(canonicalType(raw)).as(raw).isEqualTo(canonical));
    }

    /** Every canonical spelling is valid DDL, and the database reads it back as the same canonical spelling. */
    @Test
    void canonicalTypesAreValidSqlAndRoundTrip() throws SQLException {
        List<String> canonical = hibernateTypes().values().stream().distinct().sorted().toList();
        List<String> columns = new ArrayList<>();
        for (int i = 0; i < canonical.size(); i++) {
            columns.add("c" + i + " " + canonical.get(i));
        }
        try (TestDatabase db = database()) {
            db.execute("create table types (" + String.join(", ", columns) + ")");
            Schema inspected = normalizer().normalize(inspect(db));
            Table table = inspected.table(stored("types")).orElseThrow();
            assertThat(table.columns()).extracting(Column::type).containsExactlyElementsOf(canonical);
        }
    }

    /** Checks and defaults as Hibernate writes them read back from the catalog in the same canonical form. */
    @Test
    void checksAndDefaultsRoundTripThroughTheCatalog() throws SQLException {
        String user = dialect().renderer().quote(new dev.plumb.model.Identifier("user"));
        List<String> checks = List.of("(status in ('ACTIVE','CLOSED'))", "(priority between 0 and 2)",
                "status not in ('X')", "name like 'A%'", "name is not null or status = 'ACTIVE'",
                "big in (1, 2, 3)", user + " <> 'root'", "(amount >= 0 and amount <= 100) or amount = -1");
        List<String> defaults = List.of("'x'", "-1", "0.5", "current_timestamp", "true", "'It''s'");
        try (TestDatabase db = database()) {
            db.execute("create table checked (status varchar(16) default 'x', priority " + smallIntegerType()
                    + " default -1, name varchar(20) default 'It''s', big bigint, " + user + " varchar(10), "
                    + "amount numeric(5,1) default 0.5, at timestamp(6) default current_timestamp, "
                    + "flag boolean default true, "
                    + String.join(", ", checks.stream().map(c -> "check (" + c + ")").toList()) + ")");
            Table table = normalizer().normalize(inspect(db)).table(stored("checked")).orElseThrow();
            Table expected = normalizer().normalize(new Schema(List.of(new Table(stored("checked"),
                    List.of(), Optional.empty(), List.of(), List.of(),
                    checks.stream().map(c -> new CheckConstraint(Optional.empty(), c)).toList(), List.of())),
                    List.of())).tables().get(0);

            assertThat(table.checks()).extracting(CheckConstraint::expression)
                    .containsExactlyInAnyOrderElementsOf(expected.checks().stream()
                            .map(CheckConstraint::expression).toList());
            assertThat(table.columns()).extracting(c -> c.defaultExpression().map(SqlExpression::canonical).orElse(null))
                    .containsExactly(defaults.get(0), defaults.get(1), defaults.get(5), null, null, defaults.get(2),
                            defaults.get(3), defaults.get(4));
        }
    }

    private Schema inspect(TestDatabase db) throws SQLException {
        try (Connection connection = db.connect()) {
            return dialect().inspector().inspect(connection, new InspectionScope(Set.of(), Set.of()));
        }
    }
}
