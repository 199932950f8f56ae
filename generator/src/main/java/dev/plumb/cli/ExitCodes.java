package dev.plumb.cli;

/** The exit codes of {@code plumb}, documented in every command's help footer. */
public final class ExitCodes {

    /** Done, or nothing to do. */
    public static final int OK = 0;
    /** A bug in Plumb: the message says what failed; {@code --verbose} shows the stack trace. */
    public static final int INTERNAL_ERROR = 1;
    /** Wrong command line or configuration. */
    public static final int USAGE = 2;
    /** The database has drifted from the migrations ({@code check}, reserved). */
    public static final int DRIFT = 3;
    /**
     * {@code generate} refused a change that would lose data on a guess (an undeclared possible rename) or fail on
     * existing rows (a NOT NULL column without a default or backfill).
     */
    public static final int DESTRUCTIVE_REFUSED = 4;
    /** The database cannot be reached or inspected. */
    public static final int DATABASE_UNAVAILABLE = 5;
    /**
     * A migration failed to apply or roll back. On PostgreSQL nothing of it is left applied; H2 commits each DDL
     * statement, so the statements before the failing one stay (the message says so).
     */
    public static final int MIGRATION_FAILED = 6;

    static final String FOOTER = """

            Exit codes:
              0  ok, or nothing to do
              1  internal error (--verbose shows the stack trace)
              2  usage or configuration error
              3  drift found (reserved for check)
              4  destructive change refused (declare the rename, --allow-data-loss, or --backfill)
              5  cannot reach or inspect the database
              6  a migration failed to apply or roll back""";

    private ExitCodes() {
    }
}
