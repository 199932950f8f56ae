package dev.plumb.dialect.mariadb;

import dev.plumb.model.Column;

import java.util.Optional;
import java.util.function.UnaryOperator;

/**
 * MariaDB's column-level checks ({@code c varchar(10) check (c in ('A', 'B'))}, LEVEL {@code Column} in
 * {@code information_schema.CHECK_CONSTRAINTS}, named after the column) belong to the column's definition: a
 * {@code modify column} that does not restate one silently drops it, and {@code drop constraint} cannot name it
 * (<a href="https://mariadb.com/kb/en/constraint/">CONSTRAINT</a>: "column constraints ... are checked only for the
 * column"; checked on 10.11: {@code alter table p modify column c enum('A','B') not null} leaves the table without
 * the check, {@code alter table p drop constraint c} is error 1091). The inspector therefore keeps such a check in
 * the column's {@link Column#declaredType() declared type}, the spelling DDL uses, after {@value #MARK}: it is not
 * compared (the check is compared as the table's check, as before), the renderer writes it at the end of the column
 * definition, so a {@code modify column} restates it and a re-created table has it at the column level again.
 */
final class MariaDbColumnChecks {

    /** Separates the type from the check's condition in a declared type. */
    static final String MARK = " /*column check*/ ";

    private MariaDbColumnChecks() {
    }

    /** The declared type of a column whose column-level check has {@code condition}. */
    static String declare(String type, String condition) {
        return type + MARK + condition;
    }

    /** The type without the column-level check. */
    static String type(String declared) {
        int mark = declared.indexOf(MARK);
        return mark < 0 ? declared : declared.substring(0, mark);
    }

    /** The condition of the column-level check the declared type carries, if any. */
    static Optional<String> condition(String declared) {
        int mark = declared.indexOf(MARK);
        return mark < 0 ? Optional.empty() : Optional.of(declared.substring(mark + MARK.length()));
    }

    /** A type rewrite that applies to the type and keeps the column-level check as it is. */
    static UnaryOperator<String> keepingCheck(UnaryOperator<String> types) {
        return declared -> types.apply(type(declared)) + condition(declared).map(c -> MARK + c).orElse("");
    }

    /** A type rewrite that applies to the type and leaves the column-level check out (the compared type). */
    static UnaryOperator<String> withoutCheck(UnaryOperator<String> types) {
        return declared -> types.apply(type(declared));
    }

    /**
     * The column as a {@code modify column} must write it: with the column-level check either side has, so that
     * altering the type, the nullability or the identity keeps the check ({@code from}: the database's column in an
     * up migration; {@code to}: in its down).
     */
    static Column restating(Column from, Column to) {
        if (condition(to.declaredType()).isPresent()) {
            return to;
        }
        return condition(from.declaredType()).map(c -> to.withType(to.type(), declare(to.declaredType(), c)))
                .orElse(to);
    }
}
