package dev.plumb.dialect.postgres;

import dev.plumb.dialect.sql.ObjectNames;

/**
 * How long a PostgreSQL name may be: {@code NAMEDATALEN - 1} = 63 bytes of UTF-8. A longer name is cut silently
 * (with a NOTICE) wherever it appears, in {@code create} and in every later statement alike, so the catalog holds the
 * cut name (<a href="https://www.postgresql.org/docs/15/sql-syntax-lexical.html#SQL-SYNTAX-IDENTIFIERS">identifiers
 * and key words</a>). The normalizer therefore compares names as they are stored: cut.
 */
final class PostgresNames {

    static final int MAX_BYTES = 63;

    /** What PostgreSQL tells about a name it cuts, for messages. */
    static final String LIMIT = "PostgreSQL keeps only the first " + MAX_BYTES + " bytes of a name";

    private PostgresNames() {
    }

    /** The name as PostgreSQL stores it: its first 63 bytes, cut between characters. */
    static String stored(String name) {
        return ObjectNames.clip(name, MAX_BYTES);
    }
}
