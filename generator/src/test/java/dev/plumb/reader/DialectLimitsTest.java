package dev.plumb.reader;

import dev.plumb.model.DialectFeatures;
import dev.plumb.model.IdentifierCase;
import dev.plumb.model.IdentifierLength;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatNoException;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The reader refuses what the target cannot express by asking its features, never its product name: a product
 * refuses or accepts a foreign key from a named schema into the default one as its features say (in real use the
 * features come with the product; here they are swapped to show which one decides).
 */
class DialectLimitsTest {

    private static final EntitySource CROSS_SCHEMA = new EntitySource(List.of(ReaderFixtures.testClasses()),
            List.of("dev.plumb.oracle.unsupported"), Map.of());

    @Test
    void aTargetWithoutForeignKeysIntoTheDefaultSchemaRefusesThemNamingItsProduct() {
        DatabaseTarget target = new DatabaseTarget("PostgreSQL", 15, 0, IdentifierCase.LOWER,
                withoutForeignKeysIntoDefaultSchema());

        assertThatThrownBy(() -> new HibernateModelReader().read(CROSS_SCHEMA, target))
                .isInstanceOf(MappingException.class)
                .hasMessageContaining("entity Branch (table branches.Branch): the foreign key (region_id) to Region "
                        + "cannot be expressed on PostgreSQL");
    }

    @Test
    void aTargetWhoseFeaturesAllowThemReadsTheMappingWhateverItsName() {
        DatabaseTarget target = new DatabaseTarget("H2", 2, 5, IdentifierCase.UPPER, DialectFeatures.ALL);

        assertThatNoException().isThrownBy(() -> new HibernateModelReader().read(CROSS_SCHEMA, target));
    }

    private static DialectFeatures withoutForeignKeysIntoDefaultSchema() {
        DialectFeatures all = DialectFeatures.ALL;
        return new DialectFeatures(all.transactionalDdl(), all.nonTransactionalStatements(), all.expressionIndexes(),
                all.partialIndexes(), all.foreignKeysUseIndexes(), false, IdentifierLength.characters(128));
    }
}
