package dev.plumb.dialect.postgres;

import dev.plumb.model.DialectFeatures;
import dev.plumb.model.IdentifierLength;

import java.util.List;
import java.util.regex.Pattern;

/** What PostgreSQL can do, for the parts of Plumb that must not name it. */
final class PostgresFeatures {

    /**
     * Statements PostgreSQL refuses inside a transaction block: {@code create/drop index concurrently}
     * (<a href="https://www.postgresql.org/docs/current/sql-createindex.html#SQL-CREATEINDEX-CONCURRENTLY">CREATE
     * INDEX</a>), {@code reindex ... concurrently}, {@code alter type ... add value} (before PostgreSQL 12),
     * {@code vacuum}, {@code create/drop database}.
     */
    private static final List<Pattern> NON_TRANSACTIONAL = List.of(
            Pattern.compile("(?is)\\s*(?:create\\s+(?:unique\\s+)?|drop\\s+)index\\s+concurrently\\b.*"),
            Pattern.compile("(?is)\\s*reindex\\b.*\\bconcurrently\\b.*"),
            Pattern.compile("(?is)\\s*alter\\s+type\\b.*\\badd\\s+value\\b.*"),
            Pattern.compile("(?is)\\s*vacuum\\b.*"),
            Pattern.compile("(?is)\\s*(?:create|drop)\\s+database\\b.*"));

    /**
     * Transactional DDL (<a href="https://wiki.postgresql.org/wiki/Transactional_DDL_in_PostgreSQL:_A_Competitive_Analysis">
     * wiki</a>); expression and partial indexes; foreign keys need no index of their own; names up to
     * {@code NAMEDATALEN - 1} bytes ({@link PostgresNames}).
     */
    static final DialectFeatures FEATURES = new DialectFeatures(true, NON_TRANSACTIONAL, true, true, false, true,
            IdentifierLength.bytes(PostgresNames.MAX_BYTES));

    private PostgresFeatures() {
    }
}
