package dev.plumb.scratch;

import dev.plumb.config.ConnectionSettings;
import dev.plumb.runtime.Dialect;

import java.util.Objects;

/**
 * One empty database that exists only for the duration of a check: {@link #close()} drops it. The settings never
 * reach a user's data, so anything may be applied and rolled back on it.
 */
public final class ScratchDatabase implements AutoCloseable {

    private final Dialect dialect;
    private final ConnectionSettings settings;
    private final String description;
    private final Runnable dropper;

    ScratchDatabase(Dialect dialect, ConnectionSettings settings, String description, Runnable dropper) {
        this.dialect = Objects.requireNonNull(dialect, "dialect");
        this.settings = Objects.requireNonNull(settings, "settings");
        this.description = description;
        this.dropper = dropper;
    }

    public Dialect dialect() {
        return dialect;
    }

    public ConnectionSettings settings() {
        return settings;
    }

    /** Where it lives, for messages: as the dialect describes it, or the redacted server URL. */
    public String description() {
        return description;
    }

    /** Drops the database. */
    @Override
    public void close() {
        dropper.run();
    }

    @Override
    public String toString() {
        return "scratch " + description;
    }
}
