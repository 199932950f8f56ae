package dev.plumb.bench;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The command that runs liquibase-hibernate7's {@code diffChangeLog} on a compiled synthetic model (the
 * {@code bench/liquibase} module's {@code LiquibaseDiffPeer}), as its own JVM on that module's classpath: the
 * extension needs an older Hibernate than Plumb's, so it cannot share the bench's. The model reaches it as a JPA
 * user would hand it over without Spring: a {@code META-INF/persistence.xml} listing the entity classes, written
 * here (outside the measurement) and put on the classpath with the classes.
 */
final class LiquibasePeer {

    static final String PERSISTENCE_UNIT = "bench";

    /**
     * The persistence unit's {@code hibernate.max_fetch_depth}. liquibase-hibernate builds a whole
     * EntityManagerFactory from it, and Hibernate then plans loaders that join-fetch every eager {@code @ManyToOne}
     * as deep as it goes: the synthetic model chains each entity to one or two earlier ones, so without a limit that
     * plan grows exponentially (50 entities did not finish in 14 minutes). An application with such a model sets
     * this too; 3 is the top of Hibernate's recommended 0 to 3.
     */
    private static final int MAX_FETCH_DEPTH = 3;
    private static final Path MODULE = Path.of("bench/liquibase/target");

    private LiquibasePeer() {
    }

    /** The whole command; the changelog goes to {@code dir/liquibase/changelog.xml}. */
    static List<String> command(String java, Path dir, Path classes, int count, String url, String user) {
        try {
            Path unit = dir.resolve("liquibase");
            Path persistenceXml = Files.createDirectories(unit.resolve("META-INF")).resolve("persistence.xml");
            Files.writeString(persistenceXml, persistenceXml(count));
            Path classpathFile = MODULE.resolve("classpath.txt");
            if (!Files.exists(classpathFile)) {
                throw new IllegalStateException(classpathFile + " is missing: run the benchmark with bench/run");
            }
            String classpath = String.join(File.pathSeparator, unit.toString(), classes.toString(),
                    MODULE.resolve("classes").toAbsolutePath().toString(), Files.readString(classpathFile).strip());
            // -Xss: Liquibase orders the changes by recursing along the foreign keys, and the synthetic model's
            // 1,000-entity chain overflows the default 8 MB main-thread stack (StackOverflowError in Scope.child)
            return List.of(java, "-Xss512m", "-cp", classpath, "dev.plumb.bench.liquibase.LiquibaseDiffPeer", PERSISTENCE_UNIT,
                    url, user, unit.resolve("changelog.xml").toString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String persistenceXml(int count) {
        List<String> lines = new ArrayList<>(List.of("<?xml version=\"1.0\" encoding=\"UTF-8\"?>",
                "<persistence xmlns=\"https://jakarta.ee/xml/ns/persistence\" version=\"3.0\">",
                "  <persistence-unit name=\"" + PERSISTENCE_UNIT + "\" transaction-type=\"RESOURCE_LOCAL\">",
                "    <provider>org.hibernate.jpa.HibernatePersistenceProvider</provider>"));
        for (int i = 0; i < count; i++) {
            lines.add("    <class>" + SyntheticModel.PACKAGE + "." + SyntheticModel.className(i) + "</class>");
        }
        lines.addAll(List.of("    <exclude-unlisted-classes>true</exclude-unlisted-classes>",
                "    <properties>",
                "      <property name=\"hibernate.dialect\" value=\"org.hibernate.dialect.PostgreSQLDialect\"/>",
                "      <property name=\"hibernate.max_fetch_depth\" value=\"" + MAX_FETCH_DEPTH + "\"/>",
                "    </properties>",
                "  </persistence-unit>",
                "</persistence>", ""));
        return String.join("\n", lines);
    }
}
