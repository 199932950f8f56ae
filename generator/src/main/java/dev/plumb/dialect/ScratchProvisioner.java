package dev.plumb.dialect;

import java.util.Optional;

/**
 * A dialect's part for scratch databases: the throw-away databases {@code check}, {@code verify} and
 * {@code generate --from-migrations} replay migrations on. In memory for an embedded database; a fresh database on a
 * server for a server database, on the server the user names or on one the dialect starts itself.
 */
public interface ScratchProvisioner {

    /** Whether scratch databases live on a server, so that naming one ({@code --scratch-url}) means something. */
    boolean usesServer();

    /**
     * The recipe for a scratch database called {@code name} (a fresh, valid unquoted identifier).
     *
     * @param server a server to create it on; empty for the dialect's own choice (ignored without
     *               {@link #usesServer()})
     * @throws ScratchServerException when the dialect cannot provide a server of its own
     */
    ScratchRecipe recipe(String name, Optional<DatabaseAccount> server);
}
