package dev.plumb.bench.liquibase;

import liquibase.Scope;
import liquibase.command.CommandScope;
import liquibase.command.core.DiffChangelogCommandStep;
import liquibase.command.core.helpers.DbUrlConnectionArgumentsCommandStep;
import liquibase.command.core.helpers.DiffOutputControlCommandStep;
import liquibase.command.core.helpers.ReferenceDbUrlConnectionCommandStep;
import liquibase.ui.LoggerUIService;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;

import javax.xml.parsers.DocumentBuilderFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The peer, run as its own JVM: Liquibase's {@code diffChangelog} with the Hibernate model as the reference
 * ({@code hibernate:ejb3:UNIT}, the persistence unit of a {@code META-INF/persistence.xml} on the classpath, as a
 * JPA user without Spring would configure it) and the PostgreSQL database as the target, through Liquibase's Java
 * command API ({@code CommandScope}), as the CLI and the Maven plugin run it. The changelog goes to a file; stdout
 * then gets one line per changeset in it, which the benchmark counts (on an in-sync database: phantom changes).
 *
 * <p>Arguments: {@code PERSISTENCE_UNIT JDBC_URL USER CHANGELOG_FILE} (password from {@code PGPASSWORD}). Plumb's
 * own history table is excluded from the diff: it is not part of the model, and a Liquibase user would have
 * Liquibase's own tables there instead, which the diff leaves out by itself.
 */
public final class LiquibaseDiffPeer {

    /** Attributes that say which object a change is about, in the order they are printed. */
    private static final List<String> TARGET_ATTRIBUTES = List.of("tableName", "baseTableName", "columnName",
            "baseColumnNames", "sequenceName", "indexName", "constraintName", "columnDataType", "newDataType",
            "defaultValueComputed", "defaultValueSequenceNext");

    private LiquibaseDiffPeer() {
    }

    public static void main(String[] args) throws Exception {
        quietLogging();
        Path changelog = Path.of(args[3]).toAbsolutePath();
        Files.deleteIfExists(changelog); // diffChangelog appends to an existing changelog
        Scope.child(Map.of(Scope.Attr.ui.name(), new LoggerUIService()), () -> new CommandScope(
                DiffChangelogCommandStep.COMMAND_NAME)
                .addArgumentValue(DbUrlConnectionArgumentsCommandStep.DRIVER_ARG, driverFor(args[1]))
                .addArgumentValue(ReferenceDbUrlConnectionCommandStep.REFERENCE_URL_ARG, "hibernate:ejb3:" + args[0])
                .addArgumentValue(DbUrlConnectionArgumentsCommandStep.URL_ARG, args[1])
                .addArgumentValue(DbUrlConnectionArgumentsCommandStep.USERNAME_ARG, args[2])
                .addArgumentValue(DbUrlConnectionArgumentsCommandStep.PASSWORD_ARG,
                        System.getenv().getOrDefault("PGPASSWORD", ""))
                .addArgumentValue(DiffChangelogCommandStep.CHANGELOG_FILE_ARG, changelog.toString())
                .addArgumentValue(DiffOutputControlCommandStep.EXCLUDE_OBJECTS, "table:plumb_schema_history")
                .execute());
        for (String line : changeSets(changelog)) {
            System.out.println(line);
        }
    }

    /**
     * Liquibase loads the driver its URL names itself, without {@code DriverManager}: the benchmark's catalog-query
     * count passes a {@code jdbc:counting:} URL, whose driver must be named (it lives in the bench module, on the
     * classpath of that run only). {@code null} lets Liquibase choose, as it does for a plain URL.
     */
    private static String driverFor(String url) {
        return url.startsWith("jdbc:counting:") ? "dev.plumb.bench.CountingDriver" : null;
    }

    /**
     * Liquibase logs through java.util.logging at INFO (a line per step and object kind), and so does Hibernate here
     * (jboss-logging falls back to it): warnings and errors only. The UI messages (banner, "executed successfully")
     * go to the log instead of stdout, which is kept for the changesets; analytics off, as the machine is offline.
     */
    private static void quietLogging() {
        System.setProperty("liquibase.analytics.enabled", "false");
        System.setProperty("liquibase.showBanner", "false");
        Logger root = Logger.getLogger("");
        root.setLevel(Level.WARNING);
        for (var handler : root.getHandlers()) {
            handler.setLevel(Level.WARNING);
        }
    }

    /** One line per changeset of the XML changelog: its changes, each with the object it is about. */
    private static List<String> changeSets(Path changelog) throws Exception {
        List<String> lines = new ArrayList<>();
        if (!Files.exists(changelog)) {
            return lines; // no differences: Liquibase writes no changelog at all
        }
        NodeList changeSets = DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(changelog.toFile())
                .getElementsByTagName("changeSet");
        for (int i = 0; i < changeSets.getLength(); i++) {
            StringBuilder line = new StringBuilder();
            for (Node change = changeSets.item(i).getFirstChild(); change != null; change = change.getNextSibling()) {
                if (change instanceof Element element) {
                    line.append(line.isEmpty() ? "" : "; ").append(element.getTagName());
                    for (String attribute : TARGET_ATTRIBUTES) {
                        if (element.hasAttribute(attribute)) {
                            line.append(' ').append(attribute).append('=').append(element.getAttribute(attribute));
                        }
                    }
                }
            }
            lines.add(line.toString());
        }
        return lines;
    }
}
