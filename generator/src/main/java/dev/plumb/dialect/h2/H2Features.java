package dev.plumb.dialect.h2;

import dev.plumb.model.DialectFeatures;
import dev.plumb.model.IdentifierLength;

import java.util.List;

/** What H2 2.x can do, for the parts of Plumb that must not name it. */
final class H2Features {

    /**
     * <ul>
     *   <li>DDL commits the open transaction (<a href="https://www.h2database.com/html/commands.html">each DDL
     *       command "commits an open transaction"</a>), so a failed migration leaves its earlier statements applied;
     *       no statement is refused inside a transaction.</li>
     *   <li>Neither expression nor partial indexes
     *       (<a href="https://www.h2database.com/html/commands.html#create_index">CREATE INDEX</a> takes column names
     *       only).</li>
     *   <li>A foreign key takes over an index that covers its columns, which then cannot be dropped.</li>
     *   <li>A foreign key from a table in another schema to an unqualified table looks for it in the referencing
     *       table's schema ({@code Table "COUNTRY" not found}); Hibernate's own schema export fails the same way.</li>
     *   <li>Names up to 256 characters
     *       (<a href="https://www.h2database.com/html/commands.html#set_max_identifier_length">MAX_IDENTIFIER_LENGTH
     *       </a>, default 256).</li>
     * </ul>
     */
    static final DialectFeatures FEATURES = new DialectFeatures(false, List.of(), false, false, true, false,
            IdentifierLength.characters(256));

    private H2Features() {
    }
}
