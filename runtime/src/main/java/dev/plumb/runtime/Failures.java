package dev.plumb.runtime;

import java.sql.SQLException;
import java.util.List;
import java.util.stream.Collectors;

/** Builds the one-line messages of {@link MigrationException}: what failed, where, and the database's words. */
final class Failures {

    private static final int STATEMENT_LENGTH = 80;
    private static final int NAMED_STATEMENTS = 3;

    private Failures() {
    }

    /** "Migration 3 (Add index)" — how every message names a migration. */
    static String name(Migration migration) {
        return "Migration " + migration.version() + " (" + migration.description() + ")";
    }

    static MigrationException statementFailed(Migration migration, MigrationReport.Direction direction, String sql,
                                              SQLException cause, String hint) {
        String verb = direction == MigrationReport.Direction.UP ? "failed" : "failed to roll back";
        return new MigrationException(migration.version(), name(migration) + " " + verb + " in statement '"
                + shorten(sql) + "': " + firstLine(cause) + lockTableHint(cause) + hint, cause);
    }

    /** "statements 1-2 stay applied: 'create table a ...', 'insert into a ...'": what a half-way failure left. */
    static String stayApplied(PlannedMigration planned, int failedIndex) {
        List<String> done = planned.statements().subList(0, failedIndex);
        String range = done.size() == 1 ? "statement 1" : "statements 1-" + failedIndex;
        return range + " stay" + (done.size() == 1 ? "s" : "") + " applied: " + named(done);
    }

    /** "'create table a ...', 'insert into a ...' and 2 more": statements named, shortened, at most three. */
    static String named(List<String> statements) {
        return statements.stream().limit(NAMED_STATEMENTS).map(sql -> "'" + shorten(sql) + "'")
                .collect(Collectors.joining(", "))
                + (statements.size() > NAMED_STATEMENTS ? " and " + (statements.size() - NAMED_STATEMENTS) + " more"
                : "");
    }

    /**
     * PostgreSQL's "out of shared memory" (SQLSTATE 53200) during DDL almost always means its lock table is full: a
     * transaction holds a lock on every table, index and sequence it creates or drops, and the table has room for
     * {@code max_locks_per_transaction} times {@code max_connections} of them (6,400 by default), which a migration
     * dropping several hundred tables exceeds.
     */
    static String lockTableHint(SQLException cause) {
        String message = cause.getMessage() == null ? "" : cause.getMessage();
        return "53200".equals(cause.getSQLState()) && message.contains("shared memory")
                ? " (the server's lock table is full: this migration locks more objects in one transaction than "
                + "max_locks_per_transaction allows; raise it on the server, which takes a restart, or split the "
                + "migration)"
                : "";
    }

    /**
     * The first line of the database's message: PostgreSQL appends positions and hints on further lines, H2 ends
     * its first line with "; SQL statement:" and repeats the statement, which the message already names.
     */
    static String firstLine(SQLException e) {
        String message = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
        String line = firstLine(message);
        return line.endsWith("; SQL statement:") ? line.substring(0, line.length() - "; SQL statement:".length())
                : line;
    }

    /** The first non-blank line of a statement, cut to a length that keeps the message readable. */
    static String shorten(String sql) {
        String line = firstLine(sql.strip());
        boolean more = line.length() < sql.strip().length();
        if (line.length() > STATEMENT_LENGTH) {
            return line.substring(0, STATEMENT_LENGTH) + "...";
        }
        return more ? line + " ..." : line;
    }

    private static String firstLine(String text) {
        int end = text.indexOf('\n');
        return (end < 0 ? text : text.substring(0, end)).strip();
    }
}
