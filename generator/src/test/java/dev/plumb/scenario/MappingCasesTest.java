package dev.plumb.scenario;

import dev.plumb.model.Identifier;
import dev.plumb.model.IdentifierCase;
import dev.plumb.model.QualifiedName;
import dev.plumb.model.Schema;
import dev.plumb.model.Table;
import dev.plumb.reader.DatabaseTarget;
import dev.plumb.reader.HibernateModelReader;
import org.junit.jupiter.api.Test;

import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

/** Every listed mapping case is really in the coverage model, and there are at least 40 of them. */
class MappingCasesTest {

    private static final DatabaseTarget POSTGRES = new DatabaseTarget("PostgreSQL", 15, 0, IdentifierCase.LOWER);

    @Test
    void everyCaseIsInTheModel() {
        Schema schema = new HibernateModelReader().read(CoverageModel.DEFAULT_NAMING.source(), POSTGRES);

        assertThat(MappingCases.ALL).hasSizeGreaterThanOrEqualTo(40);
        assertThat(MappingCases.ALL.stream().map(MappingCases.MappingCase::mapping).distinct())
                .hasSameSizeAs(MappingCases.ALL);
        for (MappingCases.MappingCase c : MappingCases.ALL) {
            assertThat(present(schema, c.where())).as(c.mapping() + " at " + c.where() + " in " + schema).isTrue();
        }
    }

    private static boolean present(Schema schema, String where) {
        if (where.startsWith("sequence:")) {
            return schema.sequence(name(where.substring("sequence:".length()))).isPresent();
        }
        int dot = where.indexOf('.');
        Optional<Table> table = schema.table(name(dot < 0 ? where : where.substring(0, dot)));
        return table.isPresent() && (dot < 0 || table.get().column(new Identifier(where.substring(dot + 1)))
                .isPresent());
    }

    private static QualifiedName name(String text) {
        int slash = text.indexOf('/');
        return slash < 0
                ? new QualifiedName(Optional.empty(), new Identifier(text))
                : new QualifiedName(Optional.of(new Identifier(text.substring(0, slash))),
                new Identifier(text.substring(slash + 1)));
    }
}
