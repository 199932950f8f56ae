package dev.plumb.cli;

import dev.plumb.diff.AddColumn;
import dev.plumb.diff.AlterColumn;
import dev.plumb.diff.Change;
import dev.plumb.diff.DropColumn;
import dev.plumb.diff.TypeChangeEffect;
import dev.plumb.diff.TypeChangeKind;
import dev.plumb.generate.DestructiveChangeException;
import dev.plumb.model.Column;
import dev.plumb.model.QualifiedName;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class StrictCheckTest {

    private static final QualifiedName CUSTOMER = QualifiedName.of("customer");

    private final List<Change> changes = List.of(
            new AddColumn(CUSTOMER, Column.of("phone", "varchar(30)", true)),
            new DropColumn(CUSTOMER, Column.of("fax", "varchar(30)", true)),
            new AlterColumn(CUSTOMER, Column.of("bio", "varchar(1000)", true), Column.of("bio", "varchar(100)", true),
                    Optional.empty(), new TypeChangeEffect(TypeChangeKind.NARROWING, TypeChangeKind.WIDENING, true)));

    @Test
    void refusesTheFirstUnacknowledgedUnsafeChangeNamingTheOption() {
        assertThatThrownBy(() -> new StrictCheck(List.of("customer.fax"), false).check(changes))
                .isInstanceOf(DestructiveChangeException.class)
                .hasMessage("--strict: DATA LOSS: ~ column customer.bio: varchar(1000) to varchar(100) is not safe: "
                        + "review it, then pass --accept customer.bio or --accept-all");
    }

    @Test
    void safeChangesNeedNoAcknowledgementAndEachOtherOneDoes() {
        assertThatCode(() -> new StrictCheck(List.of("CUSTOMER.FAX", "customer.bio"), false).check(changes))
                .doesNotThrowAnyException();
        assertThatCode(() -> new StrictCheck(List.of("customer"), false).check(changes)).doesNotThrowAnyException();
        assertThatCode(() -> new StrictCheck(List.of(), true).check(changes)).doesNotThrowAnyException();
        assertThatCode(() -> new StrictCheck(List.of(), false).check(changes.subList(0, 1)))
                .doesNotThrowAnyException();
    }
}
