package dev.plumb.spring;

import dev.plumb.runtime.MigrationStatus;
import dev.plumb.runtime.Migrator;
import org.springframework.boot.actuate.endpoint.annotation.Endpoint;
import org.springframework.boot.actuate.endpoint.annotation.ReadOperation;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

/**
 * {@code /actuator/plumb}: the {@code plumb status} table as JSON, one entry per migration known to the code or the
 * history, oldest first. Read-only: it takes no lock and creates nothing.
 */
@Endpoint(id = "plumb")
public class PlumbEndpoint {

    private final Migrator migrator;

    public PlumbEndpoint(Migrator migrator) {
        this.migrator = migrator;
    }

    @ReadOperation
    public MigrationsDescriptor migrations() {
        return new MigrationsDescriptor(migrator.status().stream().map(MigrationDescriptor::of).toList());
    }

    /** The endpoint's body. */
    public record MigrationsDescriptor(List<MigrationDescriptor> migrations) {
    }

    /** One line of the status table; absent values are null, so JSON shows them as such. */
    public record MigrationDescriptor(String version, String description, String state, Instant appliedAt,
                                      String appliedBy, Long executionTimeMillis, String detail) {

        static MigrationDescriptor of(MigrationStatus status) {
            return new MigrationDescriptor(status.version(), status.description(), status.state().name(),
                    status.appliedAt().orElse(null), status.appliedBy().orElse(null),
                    status.executionTime().map(Duration::toMillis).orElse(null), status.detail().orElse(null));
        }
    }
}
