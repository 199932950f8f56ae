package dev.plumb.dialect;

import java.util.Objects;
import java.util.Optional;

/**
 * Where a database is and who logs in, as a dialect hands it out without connecting: the embedded default database,
 * a scratch database, the server a scratch database is created on. The caller turns it into connection settings.
 *
 * @param url      a JDBC URL
 * @param user     the user, empty for the driver's default
 * @param password the password, empty for none
 */
public record DatabaseAccount(String url, Optional<String> user, Optional<String> password) {

    public DatabaseAccount {
        Objects.requireNonNull(url, "url");
        Objects.requireNonNull(user, "user");
        Objects.requireNonNull(password, "password");
    }
}
