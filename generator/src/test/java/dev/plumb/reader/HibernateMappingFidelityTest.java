package dev.plumb.reader;

import dev.plumb.model.CheckConstraint;
import dev.plumb.model.Column;
import dev.plumb.model.Identifier;
import dev.plumb.model.PrimaryKey;
import dev.plumb.model.QualifiedName;
import dev.plumb.model.Schema;
import dev.plumb.model.Table;
import org.junit.jupiter.api.Test;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static dev.plumb.reader.ReaderFixtures.POSTGRES;
import static dev.plumb.reader.ReaderFixtures.testClasses;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * What the reader takes from steps Hibernate runs only when it builds a {@code SessionFactory} (column ordering, Bean
 * Validation), and the texts it keeps as the mapping wrote them. The models are the oracle suite's pet clinic and audit
 * models; the oracle tests compare the same models with the schema Hibernate itself creates at start-up.
 */
class HibernateMappingFidelityTest {

    private static final Map<String, String> SPRING_NAMING = Map.of(
            "hibernate.physical_naming_strategy",
            "org.hibernate.boot.model.naming.CamelCaseToUnderscoresNamingStrategy",
            "hibernate.implicit_naming_strategy",
            "dev.plumb.oracle.petclinic.SpringStyleImplicitNamingStrategy");

    private static Schema petClinic(Map<String, String> extra) {
        Map<String, String> settings = new HashMap<>(SPRING_NAMING);
        settings.putAll(extra);
        return new HibernateModelReader().read(new EntitySource(List.of(testClasses()),
                List.of("dev.plumb.oracle.petclinic"), settings), POSTGRES);
    }

    private static Table table(Schema schema, String name) {
        return schema.table(QualifiedName.of(name)).orElseThrow(() -> new AssertionError("no table " + name));
    }

    private static Column column(Table table, String name) {
        return table.column(Identifier.of(name)).orElseThrow(() -> new AssertionError("no column " + name));
    }

    @Test
    void joinTableKeyFollowsHibernatesColumnOrderingAndLegacyKeepsDeclarationOrder() {
        assertThat(table(petClinic(Map.of()), "vet_specialties").primaryKey().map(PrimaryKey::columns))
                .contains(List.of(Identifier.of("specialty_id"), Identifier.of("vet_id")));
        assertThat(table(petClinic(Map.of("hibernate.column_ordering_strategy", "legacy")), "vet_specialties")
                .primaryKey().map(PrimaryKey::columns))
                .contains(List.of(Identifier.of("vet_id"), Identifier.of("specialty_id")));
    }

    @Test
    void beanValidationConstraintsShapeTheColumnsAsHibernatesDdlDoes() {
        Schema schema = petClinic(Map.of());
        Table owners = table(schema, "owners");
        assertThat(column(owners, "address").nullable()).as("@NotBlank").isFalse();
        assertThat(column(owners, "city").nullable()).as("@NotEmpty").isFalse();
        assertThat(column(owners, "email").nullable()).as("@Email alone").isTrue();
        assertThat(column(owners, "first_name").type()).as("@Size(max = 30)").isEqualTo("varchar(30)");
        Table visits = table(schema, "visits");
        assertThat(column(visits, "visit_date").nullable()).as("@NotNull").isFalse();
        assertThat(column(visits, "fee").type()).as("@Digits(integer = 6, fraction = 2)").isEqualTo("numeric(8,2)");
        assertThat(visits.checks()).extracting(c -> c.expression().text())
                .as("@Min and @Max: one check, as Hibernate writes it (in the validator's order)")
                .singleElement().asString()
                .contains("(urgency>=1)", "(urgency<=5)").matches("\\(urgency.=\\d\\) and \\(urgency.=\\d\\)");
    }

    @Test
    void beanValidationIsSkippedWhenTheApplicationTurnsItOff() {
        Table owners = table(petClinic(Map.of("jakarta.persistence.validation.mode", "none")), "owners");
        assertThat(column(owners, "address").nullable()).isTrue();
        assertThat(column(owners, "first_name").type()).isEqualTo("varchar(255)");

        Table vets = table(petClinic(Map.of("hibernate.validator.apply_to_ddl", "false")), "vets");
        assertThat(column(vets, "last_name").nullable()).isTrue();
    }

    @Test
    void checksKeepTheTextTheMappingWrote() {
        Schema audit = new HibernateModelReader().read(new EntitySource(List.of(testClasses()),
                List.of("dev.plumb.oracle.audit"), Map.of("hibernate.physical_naming_strategy",
                "org.hibernate.boot.model.naming.CamelCaseToUnderscoresNamingStrategy")), POSTGRES);
        assertThat(table(audit, "workflow_run").checks()).extracting(CheckConstraint::expression)
                .extracting(e -> e.text())
                .contains("finished_at is null or started_at is null or finished_at >= started_at",
                        "attempts >= 0 and (max_attempts is null or attempts <= max_attempts)");
    }
}
