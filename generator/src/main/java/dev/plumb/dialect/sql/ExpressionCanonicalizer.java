package dev.plumb.dialect.sql;


import java.util.List;
import java.util.function.Function;

/**
 * Brings a SQL expression (a column default or a check condition) into one canonical spelling, so that the text
 * Hibernate writes and the text the catalog gives back compare equal, and the result is still valid SQL for the
 * dialect (the renderer prints it as is).
 *
 * <p>Rules, in order:
 * <table>
 *   <caption>Canonicalization steps</caption>
 *   <tr><th>Rule</th><th>Example (input &rarr; canonical)</th></tr>
 *   <tr><td>string literals kept verbatim</td><td>{@code 'It''s'} &rarr; {@code 'It''s'}</td></tr>
 *   <tr><td>casts PostgreSQL adds on its own dropped: to string types ({@code text}, {@code character varying},
 *       {@code bpchar}, {@code regclass}, ...), and on literals and arrays (multi-word types, modifiers and {@code []}
 *       included); casts on other expressions kept, printed {@code x::type}</td>
 *       <td>{@code 'x'::character varying} &rarr; {@code 'x'}; {@code (s)::text} &rarr; {@code s};
 *       {@code (created)::date} &rarr; {@code created::date}</td></tr>
 *   <tr><td>a quoted number cast to a numeric type becomes the number</td><td>{@code '-1'::integer} &rarr; {@code -1}</td></tr>
 *   <tr><td>keywords (reserved words and a few more) in lower case</td><td>{@code FALSE} &rarr; {@code false}</td></tr>
 *   <tr><td>function names in lower case</td><td>{@code RANDOM_UUID()} &rarr; {@code random_uuid()}</td></tr>
 *   <tr><td>identifiers folded with the dialect's case, re-rendered by the dialect's {@link IdentifierQuoting}</td>
 *       <td>H2 {@code "PRIORITY"} &rarr; {@code priority}; PG {@code "order"} stays {@code "order"}</td></tr>
 *   <tr><td>the dialect's bare identifiers among the keywords ({@link StoredForms#identifiers}; PostgreSQL's
 *       unreserved {@code value})</td><td>{@code (value)::text} &rarr; {@code value}</td></tr>
 *   <tr><td>redundant parentheses removed (see {@link ParenthesisSimplifier}), also around the whole expression</td>
 *       <td>{@code ((p >= 0) AND (p <= 2))} &rarr; {@code p >= 0 and p <= 2}</td></tr>
 *   <tr><td>the dialect's stored forms undone ({@link StoredForms#rewrite}; PostgreSQL: {@code = any (array[...])},
 *       range pairs, {@code ~~})</td>
 *       <td>{@code s = ANY (ARRAY['A', 'B'])} &rarr; {@code s in ('A', 'B')};
 *       {@code p >= 0 and p <= 2} &rarr; {@code p between 0 and 2}</td></tr>
 *   <tr><td>{@code cast(e as t)} read as {@code (e)::t}, then as any cast (see {@link SqlTree}); {@code !=} read as
 *       {@code <>}, a {@code +} sign dropped (see {@link SqlTokenizer})</td>
 *       <td>{@code CAST("X" AS BIGINT)} &rarr; {@code x::bigint}; {@code cast(0 as numeric(1))} &rarr; {@code 0}</td></tr>
 *   <tr><td>the dialect's own function spellings (also {@link StoredForms#rewrite})</td>
 *       <td>H2: {@code length(s)} &rarr; {@code char_length(s)}, {@code x % 2} &rarr; {@code mod(x, 2)}</td></tr>
 *   <tr><td>a {@code not} pushed into its predicate (see {@link NegationRewrites})</td>
 *       <td>{@code not (x = 1)} &rarr; {@code x <> 1}; {@code not b} &rarr; {@code b = false}</td></tr>
 *   <tr><td>one-element lists, equal {@code between} bounds, runs of equalities, compared numbers by value (see
 *       {@link LiteralRewrites})</td>
 *       <td>{@code s not in ('X')} &rarr; {@code s <> 'X'}; {@code x between 0 and 0} &rarr; {@code x = 0};
 *       {@code s = 'a' or s = 'b'} &rarr; {@code s in ('a', 'b')}; {@code f >= 0.0} &rarr; {@code f >= 0}</td></tr>
 *   <tr><td>operands of {@code or} / {@code and} chains in textual order (see {@link BooleanOrder})</td>
 *       <td>{@code b = 1 or a = 2} &rarr; {@code a = 2 or b = 1}</td></tr>
 *   <tr><td>layout: single spaces, none inside brackets or before commas, one after commas, none between a
 *       function name and its {@code (}</td><td>{@code IN('A','B')} &rarr; {@code in ('A', 'B')}</td></tr>
 * </table>
 *
 * <p>Text that does not tokenize (unbalanced brackets or quotes) is returned trimmed, unchanged otherwise.
 * Canonicalizing a canonical expression returns it unchanged.
 */
public final class ExpressionCanonicalizer {

    private final IdentifierQuoting quoting;
    private final StoredForms storedForms;

    /**
     * @param quoting     the dialect's case and reserved words, for printing identifiers
     * @param storedForms the dialect's own stored spellings, undone (see {@link StoredForms})
     */
    public ExpressionCanonicalizer(IdentifierQuoting quoting, StoredForms storedForms) {
        this.quoting = quoting;
        this.storedForms = storedForms;
    }

    public String canonical(String expression) {
        List<SqlNode> nodes;
        try {
            nodes = SqlTree.parse(expression);
        } catch (IllegalArgumentException e) {
            return expression.trim();
        }
        nodes = storedForms.identifiers(nodes);
        nodes = ParenthesisSimplifier.unwrapOuter(ParenthesisSimplifier.simplify(nodes));
        nodes = storedForms.rewrite(nodes, node -> SqlPrinter.print(List.of(node), quoting));
        nodes = ParenthesisSimplifier.unwrapOuter(ParenthesisSimplifier.simplify(NegationRewrites.rewrite(nodes)));
        Function<List<SqlNode>, String> printer = part -> SqlPrinter.print(part, quoting);
        nodes = ParenthesisSimplifier.unwrapOuter(ParenthesisSimplifier.simplify(
                LiteralRewrites.rewrite(nodes, printer)));
        nodes = BooleanOrder.order(nodes, printer);
        return SqlPrinter.print(nodes, quoting);
    }
}
