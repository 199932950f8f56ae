package dev.plumb.adoption;

import dev.plumb.cli.CliContext;
import dev.plumb.cli.PlumbCli;
import dev.plumb.testsupport.TestDatabase;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * A project adopting a database with Plumb, as its user runs the CLI: the fixture's entities, migrations under
 * {@code src} in package {@code db.m}, the database's URL, and on PostgreSQL and MariaDB scratch databases on the
 * same server (MariaDB has no embedded one).
 */
public final class AdoptionProject {

    /** One run: exit code, stdout, stderr. */
    public record Run(int exitCode, String out, String err) {

        /** Everything the run printed, for assertion messages. */
        public String all() {
            return out + err;
        }
    }

    private final Path root;
    private final TestDatabase database;
    private List<String> entities = AdoptionFixture.entityOptions();

    public AdoptionProject(Path root, TestDatabase database) {
        this.root = root;
        this.database = database;
        AdoptionFixture.writeProperties(root);
    }

    /** Reads other entities from now on ({@code --entities ... --packages ...}), for example an edited model. */
    public AdoptionProject withEntities(List<String> entityOptions) {
        this.entities = List.copyOf(entityOptions);
        return this;
    }

    public Path migrations() {
        return root.resolve("src/db/m");
    }

    /** {@code plumb} with the command's arguments, then the project's entities, migrations and database. */
    public Run plumb(String... args) {
        List<String> all = new ArrayList<>(List.of(args));
        all.addAll(entities);
        all.addAll(List.of("--output", "src", "--migrations-package", "db.m", "--url", database.url(),
                "--user", database.user()));
        if (database.password() != null && !database.password().isEmpty()) {
            all.addAll(List.of("--password", database.password()));
        }
        if (database.kind() != TestDatabase.Kind.H2 && gate(args[0], List.of(args))) {
            all.addAll(List.of("--scratch-url", database.url(), "--scratch-user", database.user()));
        }
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int exitCode = PlumbCli.run(all.toArray(String[]::new), new CliContext(new PrintWriter(out),
                new PrintWriter(err), root, Map.of(), Clock.systemUTC()));
        return new Run(exitCode, out.toString(), err.toString());
    }

    private static boolean gate(String command, List<String> args) {
        return command.equals("check") || command.equals("verify") || args.contains("--from-migrations");
    }
}
