package dev.plumb.cli;

import dev.plumb.dialect.SqlStatement;
import dev.plumb.diff.Change;
import dev.plumb.diff.OffendingRows;
import dev.plumb.runtime.Dialect;
import dev.plumb.writer.ChangeTitles;
import dev.plumb.writer.MigrationNames;
import dev.plumb.writer.MigrationSpec;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;

import java.nio.file.Path;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The name a user gave with {@code --name}, checked up front (before any database work), and how it turns into the
 * version, class name and description of a migration.
 */
record Naming(Optional<String> camelCase) {

    /** Fails with a usage error when the name has no letter or digit to make a class name from. */
    static Naming of(CommandSpec spec, Optional<String> name) {
        try {
            return new Naming(name.map(MigrationNames::camelCase));
        } catch (IllegalArgumentException e) {
            throw new ParameterException(spec.commandLine(), "invalid --name: " + e.getMessage());
        }
    }

    /**
     * A migration made at {@code now} in {@code packageDirectory}, named by the user or after its first change, with
     * a version newer than every migration there and in {@code history}. Call it under a
     * {@link dev.plumb.writer.VersionReservation} held until the file is written.
     */
    MigrationSpec spec(List<Change> changes, Instant now, Path packageDirectory, Collection<String> history,
                       Map<Dialect, List<SqlStatement>> up, Map<Dialect, List<SqlStatement>> down,
                       List<OffendingRows.Review> reviews) {
        String name = camelCase.orElseGet(() -> MigrationNames.camelCase(ChangeTitles.titleOf(changes)));
        String version = MigrationNames.nextVersion(now, packageDirectory, history);
        return new MigrationSpec(version, name, MigrationNames.humanize(name), now, changes, up, down, reviews);
    }
}
