package dev.plumb.diff;

import dev.plumb.dialect.postgres.PostgresDialect;
import dev.plumb.model.CheckConstraint;
import dev.plumb.model.Identifier;
import dev.plumb.model.QualifiedName;
import dev.plumb.model.Table;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Set;

import static dev.plumb.diff.TableBuilder.schema;
import static dev.plumb.diff.TableBuilder.table;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The differ has no rules of its own for names or types: it names added constraints and judges type changes the way
 * the dialect that built it says, and the judgement travels with the change to its inverse.
 */
class DialectRulesInDifferTest {

    /** A made-up dialect's rules: names say who made them, every type change is a rewrite one way, a loss back. */
    private static final ConstraintNaming NAMING = new ConstraintNaming() {
        @Override
        public Identifier primaryKey(QualifiedName table) {
            return new Identifier("pk_by_dialect");
        }

        @Override
        public Identifier unique(QualifiedName table, List<Identifier> columns) {
            return new Identifier("uk_by_dialect");
        }

        @Override
        public Identifier foreignKey(QualifiedName table, List<Identifier> columns) {
            return new Identifier("fk_by_dialect");
        }

        @Override
        public Identifier check(Table table, CheckConstraint check, Set<Identifier> taken) {
            return new Identifier("ck_by_dialect");
        }
    };

    private static final TypeRules TYPES = new TypeRules() {
        @Override
        public TypeChangeKind classify(String from, String to) {
            return from.compareTo(to) < 0 ? TypeChangeKind.REWRITING : TypeChangeKind.NARROWING;
        }

        @Override
        public boolean sameBase(String one, String other) {
            return true;
        }
    };

    private final SchemaDiffer differ = new SchemaDiffer(NAMING, TYPES);

    @Test
    void addedConstraintsAreNamedByTheDialect() {
        Table current = table("t").column("a", "integer").column("b", "integer").build();
        Table desired = table("t").column("a", "integer").column("b", "integer").primaryKey("a").unique("b")
                .foreignKey("b", "t", "a").check("a > 0").build();

        assertThat(differ.diff(schema(current), schema(desired))).map(DialectRulesInDifferTest::name)
                .containsExactlyInAnyOrder("pk_by_dialect", "uk_by_dialect", "fk_by_dialect", "ck_by_dialect");
    }

    @Test
    void aTypeChangeCarriesTheDialectsJudgementBothWays() {
        Table current = table("t").column("a", "alpha").build();
        Table desired = table("t").column("a", "beta").build();

        AlterColumn alter = (AlterColumn) differ.diff(schema(current), schema(desired)).get(0);

        assertThat(alter.safety()).isEqualTo(Safety.LOCKING);
        assertThat(alter.reversible()).isTrue();
        assertThat(alter.inverse().safety()).isEqualTo(Safety.DATA_LOSS);
        assertThat(alter.inverse().reversible()).isFalse();
        assertThat(DiscrepancyKinds.summary(List.of(alter))).isEqualTo("1 length");
    }

    @Test
    void postgresJudgesALongerVarcharSafeAndALargerIntegerARewrite() {
        SchemaDiffer postgres = new PostgresDialect().differ();
        Table current = table("t").column("name", "varchar(50)").column("n", "integer").build();
        Table desired = table("t").column("name", "varchar(100)").column("n", "bigint").build();

        assertThat(postgres.diff(schema(current), schema(desired)))
                .extracting(c -> ((AlterColumn) c).to().name().value() + " " + c.safety() + " " + c.reversible())
                .containsExactlyInAnyOrder("name SAFE true", "n LOCKING true");
    }

    private static String name(Change change) {
        if (change instanceof AddPrimaryKey c) {
            return c.primaryKey().name().orElseThrow().value();
        }
        if (change instanceof AddUniqueConstraint c) {
            return c.constraint().name().orElseThrow().value();
        }
        if (change instanceof AddForeignKey c) {
            return c.foreignKey().name().orElseThrow().value();
        }
        return ((AddCheckConstraint) change).check().name().orElseThrow().value();
    }
}
