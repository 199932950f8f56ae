package dev.plumb.scratch;

import dev.plumb.runtime.Dialect;

import java.util.Objects;
import java.util.Optional;

/**
 * Which scratch database to create.
 *
 * @param dialect  a dialect the generator supports
 * @param server   for a dialect whose scratch databases live on a server: a JDBC URL of any database on a server
 *                 where the user may create databases; empty for the dialect's own (embedded) server. Ignored for
 *                 an in-memory dialect
 * @param user     user on that server
 * @param password password on that server
 */
public record ScratchRequest(Dialect dialect, Optional<String> server, Optional<String> user,
                             Optional<String> password) {

    public ScratchRequest {
        Objects.requireNonNull(dialect, "dialect");
        Objects.requireNonNull(server, "server");
        Objects.requireNonNull(user, "user");
        Objects.requireNonNull(password, "password");
    }

    public static ScratchRequest of(Dialect dialect) {
        return new ScratchRequest(dialect, Optional.empty(), Optional.empty(), Optional.empty());
    }
}
