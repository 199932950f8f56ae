package dev.plumb.cli;

/** The exit codes of {@code plumb}, documented in every command's help footer. */
public final class ExitCodes {

    /** Done, or nothing to do. */
    public static final int OK = 0;
    /** A bug in Plumb: the message says what failed; {@code --verbose} shows the stack trace. */
    public static final int INTERNAL_ERROR = 1;
    /** Wrong command line or configuration. */
    public static final int USAGE = 2;
    /**
     * The entities or the live database have drifted from the migrations ({@code check}), or a migration has SQL
     * for other dialects but none for a configured one.
     */
    public static final int DRIFT = 3;
    /**
     * {@code generate} refused a change that would lose data (a drop of a table, column or sequence without
     * {@code --allow-data-loss}, an undeclared possible rename) or fail on existing rows (a NOT NULL column without a
     * default or backfill); or {@code rollback} refused to undo a migration marked irreversible without
     * {@code --force} (nothing was rolled back).
     */
    public static final int DESTRUCTIVE_REFUSED = 4;
    /**
     * The database cannot be reached or inspected; or a scratch database cannot be made, e.g. the embedded
     * PostgreSQL's binaries are neither in the local Maven repository nor downloadable.
     */
    public static final int DATABASE_UNAVAILABLE = 5;
    /**
     * A migration failed to apply or roll back. On PostgreSQL nothing of it is left applied; H2 commits each DDL
     * statement, so the statements before the failing one stay (the message says so).
     */
    public static final int MIGRATION_FAILED = 6;
    /**
     * The history and the code disagree, so nothing was applied: an applied migration was edited or removed,
     * versions are duplicated or empty, a pending migration is older than the newest applied one, a migration is
     * partially applied (run {@code repair}), a migration has SQL for other dialects but none for the database's
     * ({@code migrate} names it and the dialect), {@code baseline} was refused, or a {@code --target} / {@code --to}
     * version is unknown or {@code --steps} exceeds the applied migrations; or {@code generate} (not
     * {@code --from-migrations}) found a migration of the project not applied to the database at {@code --url}, so the
     * new migration would repeat it (nothing was written).
     */
    public static final int VALIDATION_FAILED = 7;

    /**
     * On a scratch database ({@code check}, {@code verify}, {@code generate --from-migrations}) a migration failed to
     * apply, or its down did not restore the schema from before its up.
     */
    public static final int VERIFICATION_FAILED = 8;

    /** A few words for an exit code, for front ends that report it without the help footer (the Maven plugin). */
    public static String meaning(int code) {
        return switch (code) {
            case OK -> "ok";
            case INTERNAL_ERROR -> "internal error";
            case USAGE -> "usage or configuration error";
            case DRIFT -> "drift found";
            case DESTRUCTIVE_REFUSED -> "destructive change refused";
            case DATABASE_UNAVAILABLE -> "cannot reach or inspect the database";
            case MIGRATION_FAILED -> "a migration failed";
            case VALIDATION_FAILED -> "validation refused";
            case VERIFICATION_FAILED -> "verification failed";
            default -> "exit " + code;
        };
    }

    /**
     * The help footer. picocli wraps a line longer than the usage width (80) at column 0, so every line here stays
     * shorter and continues under its text; {@code InputErrorsCliTest} checks it.
     */
    static final String FOOTER = """

            Exit codes:
              0  ok, or nothing to do
              1  internal error: a bug in Plumb (--verbose shows the stack trace)
              2  usage or configuration error
              3  drift found (check), or a migration lacks SQL for a configured dialect
              4  destructive change refused: a drop or an undeclared rename (declare it,
                 or --allow-data-loss), NOT NULL without a value (--backfill), rollback
                 over an irreversible migration (--force)
              5  cannot reach or inspect the database, or start the embedded server
                 for a scratch database (its binaries: see README, or --scratch-url)
              6  a migration failed to apply or roll back, or the lock timed out
              7  validation refused, nothing applied: an applied migration edited or
                 missing, duplicate versions, an out-of-order or partial migration, a
                 migration without SQL for the database's dialect, an unknown --target
                 or --to version, more --steps than applied; generate against a
                 database that lacks a migration (migrate, or --from-migrations)
              8  verification failed: on a scratch database a migration failed, or its
                 down did not restore the schema""";

    private ExitCodes() {
    }
}
