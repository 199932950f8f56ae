package dev.plumb.dialect;

import dev.plumb.diff.TypeChangeKind;
import dev.plumb.diff.TypeRules;

import java.util.function.Function;

import static dev.plumb.dialect.ColumnType.Family.DECIMAL;
import static dev.plumb.dialect.ColumnType.Family.INTEGER;
import static dev.plumb.dialect.ColumnType.Family.LARGE_TEXT;
import static dev.plumb.dialect.ColumnType.Family.LISTED_VALUES;
import static dev.plumb.dialect.ColumnType.Family.UNKNOWN;
import static dev.plumb.dialect.ColumnType.Family.VARYING_TEXT;

/**
 * The type-change judgement the dialects share, on types their own types part parsed ({@link ColumnType}): what
 * happens to the stored values is decided by the families, sizes and listed values, so a dialect supplies its parser
 * and inherits the rules. A dialect whose database behaves otherwise for some pair overrides {@link #classify}.
 */
public class TypeChangeRules implements TypeRules {

    private final Function<String, ColumnType> parser;

    /** @param parser the dialect's parse of a canonical spelling (cached there: spellings repeat) */
    public TypeChangeRules(Function<String, ColumnType> parser) {
        this.parser = parser;
    }

    @Override
    public TypeChangeKind classify(String from, String to) {
        return classify(parser.apply(from), parser.apply(to));
    }

    @Override
    public boolean sameBase(String one, String other) {
        return parser.apply(one).base().equals(parser.apply(other).base());
    }

    protected TypeChangeKind classify(ColumnType was, ColumnType will) {
        if (was.family() == LISTED_VALUES && will.family() == LISTED_VALUES) {
            return was.valuesMissingFrom(will).isEmpty() ? TypeChangeKind.WIDENING : TypeChangeKind.VALUES_REMOVED;
        }
        if (unshaped(was) || unshaped(will)) {
            return TypeChangeKind.CONVERSION;
        }
        if (was.family() == INTEGER && will.family() == INTEGER) {
            return will.size() > was.size() ? TypeChangeKind.REWRITING : TypeChangeKind.NARROWING;
        }
        if (was.family() == VARYING_TEXT && will.family() == LARGE_TEXT) {
            return TypeChangeKind.WIDENING;
        }
        if (was.family() == LARGE_TEXT && will.family() == VARYING_TEXT) {
            return TypeChangeKind.NARROWING;
        }
        if (!was.base().equals(will.base())) {
            return TypeChangeKind.CONVERSION;
        }
        return was.family() == DECIMAL ? decimal(was, will) : sized(was, will);
    }

    /** Every value fits when neither the digits before the point nor those after it shrink. */
    private static TypeChangeKind decimal(ColumnType was, ColumnType will) {
        int wasIntegerDigits = was.size() - was.scale();
        int willIntegerDigits = will.size() - will.scale();
        return willIntegerDigits >= wasIntegerDigits && will.scale() >= was.scale()
                ? TypeChangeKind.WIDENING : TypeChangeKind.NARROWING;
    }

    /** The same type with another size: widening when it grows or loses its bound. */
    private static TypeChangeKind sized(ColumnType was, ColumnType will) {
        if (was.size() == ColumnType.UNBOUNDED || will.size() == ColumnType.UNBOUNDED) {
            return will.size() == ColumnType.UNBOUNDED ? TypeChangeKind.WIDENING : TypeChangeKind.NARROWING;
        }
        return will.size() >= was.size() ? TypeChangeKind.WIDENING : TypeChangeKind.NARROWING;
    }

    private static boolean unshaped(ColumnType type) {
        return type.family() == UNKNOWN || type.family() == LISTED_VALUES;
    }
}
