package dev.plumb.model;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class IdentifierTest {

    @Test
    void displaysPlainNamesInLowerCaseWhateverTheDialectStoredThem() {
        assertThat(Identifier.of("BOOK_AUTHOR")).hasToString("book_author");
        assertThat(Identifier.of("book_author")).hasToString("book_author");
        assertThat(QualifiedName.of("SALES", "ORDER_LINE")).hasToString("sales.order_line");
    }

    @Test
    void quotesNamesThatOnlyQuotingCanProduce() {
        assertThat(Identifier.of("Category")).hasToString("\"Category\"");
        assertThat(Identifier.of("order line")).hasToString("\"order line\"");
    }

    @Test
    void foldsUnquotedNamesByDialectAndKeepsQuotedOnes() {
        assertThat(IdentifierCase.UPPER.fold("order", false)).isEqualTo(Identifier.of("ORDER"));
        assertThat(IdentifierCase.UPPER.fold("order", true)).isEqualTo(Identifier.of("order"));
        assertThat(IdentifierCase.LOWER.fold("Order", false)).isEqualTo(Identifier.of("order"));
        assertThat(IdentifierCase.LOWER.isFolded(Identifier.of("Order"))).isFalse();
    }
}
