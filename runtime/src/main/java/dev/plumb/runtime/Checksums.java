package dev.plumb.runtime;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;

/**
 * The checksum recorded with each applied migration: SHA-256, in lower-case hex, of the migration's up statements
 * for the connection's dialect joined with {@code "\n"}. It covers only the SQL that actually ran, so editing the
 * PostgreSQL statements of a migration applied on H2 does not invalidate the H2 history.
 */
final class Checksums {

    private Checksums() {
    }

    static String of(List<String> statements) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            byte[] hash = digest.digest(String.join("\n", statements).getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(hash);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java platform must support SHA-256", e);
        }
    }
}
