package dev.plumb.dialect.mariadb;

import dev.plumb.model.DialectFeatures;
import dev.plumb.model.IdentifierLength;

import java.util.List;

/** What MariaDB (10.5+) can do, for the parts of Plumb that must not name it. */
final class MariaDbFeatures {

    /**
     * Identifiers up to 64 characters (<a href="https://mariadb.com/kb/en/identifier-names/">identifier names</a>);
     * a longer one is refused ("Incorrect table name", "Identifier name ... is too long"), never cut: see
     * {@link MariaDbNames}.
     */
    static final int MAX_CHARACTERS = 64;

    /**
     * <ul>
     *   <li>Every DDL statement commits the open transaction
     *       (<a href="https://mariadb.com/kb/en/sql-statements-that-cause-an-implicit-commit/">implicit commit</a>),
     *       so a failed migration leaves its earlier statements applied; none is refused in a transaction.</li>
     *   <li>No expression keys (only through a virtual column) and no partial indexes
     *       (<a href="https://mariadb.com/kb/en/create-index/">CREATE INDEX</a>).</li>
     *   <li>A foreign key needs an index on its columns: InnoDB uses one that exists (which then cannot be dropped)
     *       or creates one. An index or unique constraint added later on its columns takes over, and InnoDB drops
     *       the one it had created (<a href="https://mariadb.com/kb/en/foreign-keys/">"silently dropped later if you
     *       create another index that can be used to enforce the foreign key"</a>, checked on 10.11), so the new one
     *       cannot be dropped either.</li>
     *   <li>An unqualified table in {@code references} is looked up in the database of the constrained table
     *       ({@code errno: 150} otherwise, checked on 10.11).</li>
     * </ul>
     */
    static final DialectFeatures FEATURES = new DialectFeatures(false, List.of(), false, false, true, false,
            IdentifierLength.characters(MAX_CHARACTERS), true);

    private MariaDbFeatures() {
    }
}
