package dev.plumb.runtime;

/**
 * A rollback reached a migration whose down cannot restore the values its up changed ({@link Migration#reversible()}
 * is false), and the migrator was not built with {@link Migrator.Builder#force(boolean)}. Nothing was rolled back.
 */
public class IrreversibleMigrationException extends MigrationException {

    public IrreversibleMigrationException(String version, String message) {
        super(version, message, null);
    }
}
