package dev.plumb.bench;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.jar.JarFile;

/**
 * One extra, untimed run of a tool's JVM command that counts its catalog reads ({@link CatalogReads}): the same
 * command, with the bench's classes ahead on the classpath and {@link CountingMain} in front of the tool's main
 * class. Works for any command of the form {@code java [JVM options] -jar JAR [args]} or
 * {@code java [JVM options] -cp|-classpath CLASSPATH MAIN [args]}, so every peer is counted the same way and the
 * timed runs never carry the counting driver.
 */
final class CatalogReadRun {

    /** What the column counts, for the table's footer. */
    static final String FOOTER = "Catalog queries: from one extra, untimed run per row through a counting JDBC driver "
            + "in front of PostgreSQL's.\nmd: DatabaseMetaData calls that return a result set (getTables, getColumns, "
            + "getImportedKeys, ...; the driver runs one catalog query for each); sql: the tool's own SELECTs on "
            + "pg_catalog or information_schema.\nNot counted: set/show, select version()/current_schema()/"
            + "set_config(), advisory locks, DDL and DML, the tool's own tables.\nplumb check never opens the target "
            + "database: its figure is what it reads on its scratch database, over all its inspections.";

    private CatalogReadRun() {
    }

    /** Runs the counted command; the counts, or a short reason why there are none. */
    static String count(ProcessTimer runner, List<String> javaCommand, Path workDir) {
        try {
            Path file = Files.createTempFile(workDir, "catalog-reads", ".properties");
            Files.delete(file);
            ProcessTimer.Run run = runner.run(counted(javaCommand, file));
            if (!Files.exists(file)) {
                return "n/a (exit " + run.exit() + ")";
            }
            CatalogReads.Counts counts = CatalogReads.read(file);
            Files.delete(file);
            return counts.toString();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * The command with every JDBC URL argument under {@link CountingDriver#PREFIX}, for a tool that picks its driver
     * class from the URL's sub-protocol and would otherwise bypass {@code DriverManager}. Not for Plumb: it reads
     * the scratch database's dialect from {@code --url}, and connects through {@code DriverManager} anyway.
     */
    static List<String> countingUrls(List<String> command) {
        return command.stream().map(arg -> arg.startsWith("jdbc:") && !arg.startsWith(CountingDriver.PREFIX)
                ? CountingDriver.PREFIX + arg.substring("jdbc:".length()) : arg).toList();
    }

    /** The command with the counting driver in front: see the class comment for the forms it understands. */
    static List<String> counted(List<String> javaCommand, Path file) throws IOException {
        List<String> command = new ArrayList<>(List.of(javaCommand.get(0),
                "-D" + CountingMain.FILE_PROPERTY + "=" + file));
        for (int i = 1; i < javaCommand.size(); i++) {
            String arg = javaCommand.get(i);
            if (arg.equals("-jar")) {
                String jar = javaCommand.get(i + 1);
                command.addAll(List.of("-cp", benchClasses() + File.pathSeparator + jar,
                        CountingMain.class.getName(), mainClass(jar)));
                command.addAll(javaCommand.subList(i + 2, javaCommand.size()));
                return command;
            }
            if (arg.equals("-cp") || arg.equals("-classpath")) {
                command.addAll(List.of("-cp", benchClasses() + File.pathSeparator + javaCommand.get(i + 1),
                        CountingMain.class.getName()));
                command.addAll(javaCommand.subList(i + 2, javaCommand.size()));
                return command;
            }
            command.add(arg);
        }
        throw new IllegalArgumentException("not a java -jar or java -cp command: " + javaCommand);
    }

    private static String mainClass(String jar) throws IOException {
        try (JarFile file = new JarFile(jar)) {
            return file.getManifest().getMainAttributes().getValue("Main-Class");
        }
    }

    /** Where this class was loaded from: the bench's classes directory (or jar). */
    private static String benchClasses() {
        try {
            return Path.of(CatalogReadRun.class.getProtectionDomain().getCodeSource().getLocation().toURI())
                    .toString();
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }
}
