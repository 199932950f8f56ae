package dev.plumb.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * A project directory for the gate commands: a {@code Customer} entity compiled into {@code classes} (with or without
 * a {@code phone} field), migrations under {@code src} in package {@code db.m}, and in-process CLI runs against it.
 */
final class GateWorkspace {

    record Run(int exitCode, String out, String err) {
    }

    private final Path root;

    GateWorkspace(Path root) throws IOException {
        this.root = root;
        Files.createDirectories(root.resolve("src/db/m"));
    }

    Path root() {
        return root;
    }

    Path migrations() {
        return root.resolve("src/db/m");
    }

    /** Runs plumb with the workspace's entity and migration settings appended. */
    Run plumb(String... args) {
        List<String> all = new ArrayList<>(List.of(args));
        all.addAll(settings());
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int exitCode = PlumbCli.run(all.toArray(String[]::new), new CliContext(new PrintWriter(out),
                new PrintWriter(err), root, Map.of(), Clock.systemUTC()));
        return new Run(exitCode, out.toString(), err.toString());
    }

    /** Compiles the {@code Customer} entity, with the {@code phone} column or without. */
    void compileCustomer(boolean withPhone) throws IOException {
        CustomerEntity.compile(root, CustomerEntity.EMAIL + (withPhone ? "@Column(length = 30)\nString phone;\n" : ""));
    }

    /** Writes a hand-made migration class {@code V<version>__<name>} with the same SQL for every dialect. */
    void writeMigration(String version, String name, String up, String down) throws IOException {
        writeMigrationCode(version, name, "on(script, \"" + up + "\");", "on(script, \"" + down + "\");");
    }

    /** Writes a migration whose up runs {@code statements} (the same on every dialect) and whose down nothing. */
    void writeMigration(String version, String name, List<String> statements) throws IOException {
        StringBuilder up = new StringBuilder();
        for (String statement : statements) {
            up.append("on(script, \"").append(statement.replace("\"", "\\\"")).append("\"); ");
        }
        writeMigrationCode(version, name, up.toString(), "");
    }

    /** Writes a migration class whose {@code up} and {@code down} bodies are the given Java statements. */
    void writeMigrationCode(String version, String name, String upBody, String downBody) throws IOException {
        String className = "V" + version + "__" + name;
        Files.writeString(migrations().resolve(className + ".java"), """
                package db.m;

                import dev.plumb.runtime.Dialect;
                import dev.plumb.runtime.Migration;
                import dev.plumb.runtime.Script;

                public class %s implements Migration {
                    public String version() { return "%s"; }
                    public String description() { return "%s"; }
                    public void up(Script script) { %s }
                    public void down(Script script) { %s }
                    private static void on(Script script, String sql) {
                        if (!sql.isEmpty()) {
                            script.on(Dialect.H2, sql).on(Dialect.POSTGRESQL, sql).on(Dialect.MARIADB, sql);
                        } else {
                            script.on(Dialect.H2).on(Dialect.POSTGRESQL).on(Dialect.MARIADB);
                        }
                    }
                }
                """.formatted(className, version, name, upBody, downBody));
    }

    /** The options {@link #plumb} appends, for a {@code plumb} process started in the workspace. */
    static List<String> settings() {
        return List.of("--entities", "classes", "--output", "src", "--migrations-package", "db.m");
    }
}
