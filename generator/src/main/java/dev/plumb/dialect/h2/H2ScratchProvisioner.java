package dev.plumb.dialect.h2;

import dev.plumb.dialect.DatabaseAccount;
import dev.plumb.dialect.ScratchProvisioner;
import dev.plumb.dialect.ScratchRecipe;

import java.util.Optional;

/**
 * H2 scratch databases live in memory: opening {@code jdbc:h2:mem:NAME} creates one, {@code DB_CLOSE_DELAY=-1} keeps
 * it while no connection is open (<a href="https://www.h2database.com/html/features.html#in_memory_databases">in-memory
 * databases</a>), and {@code shutdown} throws it away.
 */
final class H2ScratchProvisioner implements ScratchProvisioner {

    @Override
    public boolean usesServer() {
        return false;
    }

    @Override
    public ScratchRecipe recipe(String name, Optional<DatabaseAccount> server) {
        DatabaseAccount database = new DatabaseAccount("jdbc:h2:mem:" + name + ";DB_CLOSE_DELAY=-1", Optional.of("sa"),
                Optional.of(""));
        return new ScratchRecipe(database, Optional.empty(), Optional.empty(), "shutdown", "H2 in memory");
    }
}
