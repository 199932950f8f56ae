package dev.plumb.dialect;

import java.util.Objects;
import java.util.Optional;

/**
 * How to make one throw-away database of a dialect, as SQL the caller runs: {@code create} on {@code admin} (when
 * the database lives on a server), then the caller connects to {@code database}; to drop it, {@code drop} on
 * {@code admin}, or on {@code database} itself for an in-memory one. Stating it as data keeps the dialect free of
 * connection handling, which the scratch package owns.
 *
 * @param database    the scratch database
 * @param admin       the server account that creates and drops it; empty when it exists by being opened
 * @param create      run on {@code admin} before the database is used; empty when there is nothing to run
 * @param drop        run on {@code admin}, else on {@code database}, to throw it away
 * @param description where it lives, for messages: {@code H2 in memory}, {@code embedded PostgreSQL}
 */
public record ScratchRecipe(DatabaseAccount database, Optional<DatabaseAccount> admin, Optional<String> create,
                            String drop, String description) {

    public ScratchRecipe {
        Objects.requireNonNull(database, "database");
        Objects.requireNonNull(admin, "admin");
        Objects.requireNonNull(create, "create");
        Objects.requireNonNull(drop, "drop");
        Objects.requireNonNull(description, "description");
    }

    /** Where {@link #drop} runs. */
    public DatabaseAccount dropOn() {
        return admin.orElse(database);
    }
}
