package dev.plumb.maven;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Driver;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * An entity change in the example application {@code examples/spring-boot-shop}, as its developers would make it:
 * the application runs on a file database with rows in it; a field is added and another renamed with
 * {@code @RenamedFrom}; {@code mvn plumb:generate} writes a migration that adds the one and renames the other
 * (never drop + add, which would lose the column's data); at the next start the starter applies it before
 * Hibernate's {@code validate}, {@code /actuator/plumb} lists both migrations, and the rows are still there with the
 * renamed column's values. The application runs as a plain {@code java} process on its built classes, twice, so
 * only two {@code mvn} runs are needed.
 */
@Tag("slow")
class ExampleApplicationUpgradeTest {

    private static final String MAIN_CLASS = "com.example.shop.ShopApplication";
    private static final String REVIEW_TEXT = "Sturdy, and the blue is bluer than in the picture.";

    @Test
    void aFieldAddedAndOneRenamedAreAppliedAtRestartAndTheDataIsKept() throws Exception {
        Path project = MavenRun.example("spring-boot-shop", "spring-boot-shop-upgrade");
        Path migrations = project.resolve("src/main/java/com/example/shop/migrations");
        MavenRun.delete(migrations);
        Path classpathFile = project.resolve("target/classpath.txt");

        MavenRun.Result init = MavenRun.mvn(project, "plumb:generate", "-Dplumb.name=init", "compile",
                "org.apache.maven.plugins:maven-dependency-plugin:3.11.0:build-classpath",
                "-Dmdep.includeScope=test", "-Dmdep.outputFile=" + classpathFile);
        assertThat(init.exitCode()).as(init.log()).isZero();
        List<Path> classpath = RunningApplication.classpath(project, classpathFile);
        String url = "jdbc:h2:file:" + project.resolve("data/shop").toAbsolutePath();

        try (RunningApplication app = start(project, classpath, url)) {
            assertThat(app.log()).contains("Plumb: applied 1 migration(s)");
        }
        try (Connection connection = connect(classpath, url); Statement statement = connection.createStatement()) {
            statement.executeUpdate("insert into customer (id, email, last_name) values (1, 'ada@example.com', "
                    + "'Lovelace'), (2, 'alan@example.com', 'Turing')");
            statement.executeUpdate("insert into product (id, sku, name, unit_price, status) values "
                    + "(1, 'MUG-1', 'Mug', 12.50, 'ON_SALE')");
            statement.executeUpdate("insert into review (id, product_id, author_id, rating, body) values "
                    + "(1, 1, 1, 5, '" + REVIEW_TEXT + "')");
        }

        edit(project.resolve("src/main/java/com/example/shop/Customer.java"), "private String lastName;",
                "private String lastName;\n\n    @Column(length = 30)\n    private String phone;");
        Path review = project.resolve("src/main/java/com/example/shop/Review.java");
        edit(review, "import jakarta.persistence.Column;",
                "import dev.plumb.annotations.RenamedFrom;\nimport jakarta.persistence.Column;");
        edit(review, "private String body;", "@RenamedFrom(\"body\")\n    private String content;");
        MavenRun.Result change = MavenRun.mvn(project, "plumb:generate", "-Dplumb.name=phone and review content",
                "compile");
        assertThat(change.exitCode()).as(change.log()).isZero();
        assertThat(upSql(newest(migrations))).as("the new migration's up SQL")
                .contains("alter table customer add column phone varchar(30)",
                        "alter table review rename column body to content")
                .doesNotContain("drop column");

        try (RunningApplication app = start(project, classpath, url)) {
            assertThat(app.log()).contains("Plumb: applied 1 migration(s)");
            assertThat(app.get("/actuator/plumb")).contains("\"description\":\"Init\"",
                    "\"description\":\"Phone and review content\"").doesNotContain("PENDING")
                    .containsPattern("(?s)(\"state\":\"APPLIED\".*){2}");
        }
        try (Connection connection = connect(classpath, url); Statement statement = connection.createStatement()) {
            assertThat(rows(statement, "select email, last_name, phone from customer order by id")).containsExactly(
                    "ada@example.com|Lovelace|null", "alan@example.com|Turing|null");
            assertThat(rows(statement, "select author_id, rating, content from review"))
                    .containsExactly("1|5|" + REVIEW_TEXT);
        }
    }

    /**
     * Starts the application on the file database {@code url}; the main {@code application.properties} stays as it
     * is ({@code ddl-auto=validate}), only the data source is H2's.
     */
    private static RunningApplication start(Path project, List<Path> classpath, String url) throws Exception {
        return RunningApplication.start(project, classpath, MAIN_CLASS, "--spring.datasource.url=" + url,
                "--spring.datasource.username=sa");
    }

    /**
     * A connection through the example's own H2 driver (the file format is that version's), loaded apart from the
     * one on this test's class path.
     */
    private static Connection connect(List<Path> classpath, String url) throws Exception {
        Path h2 = classpath.stream().filter(jar -> jar.getFileName().toString().matches("h2-[\\d.]+\\.jar"))
                .findFirst().orElseThrow(() -> new AssertionError("no H2 jar in " + classpath));
        ClassLoader loader = new URLClassLoader(new URL[] {h2.toUri().toURL()}, ClassLoader.getPlatformClassLoader());
        Driver driver = (Driver) Class.forName("org.h2.Driver", true, loader).getDeclaredConstructor().newInstance();
        Properties credentials = new Properties();
        credentials.setProperty("user", "sa");
        credentials.setProperty("password", "");
        return driver.connect(url, credentials);
    }

    private static List<String> rows(Statement statement, String query) throws SQLException {
        List<String> rows = new ArrayList<>();
        try (ResultSet result = statement.executeQuery(query)) {
            int columns = result.getMetaData().getColumnCount();
            while (result.next()) {
                List<String> values = new ArrayList<>();
                for (int column = 1; column <= columns; column++) {
                    values.add(String.valueOf(result.getString(column)));
                }
                rows.add(String.join("|", values));
            }
        }
        return rows;
    }

    private static void edit(Path file, String text, String replacement) throws Exception {
        String source = Files.readString(file);
        assertThat(source).as(file.toString()).contains(text);
        Files.writeString(file, source.replace(text, replacement));
    }

    /** The migration with the highest version: the one just generated. */
    private static Path newest(Path migrations) throws Exception {
        try (Stream<Path> files = Files.list(migrations)) {
            return files.filter(file -> file.toString().endsWith(".java")).max(Path::compareTo).orElseThrow();
        }
    }

    /** The migration's source up to its {@code down} method: the SQL that runs on the way up. */
    private static String upSql(Path migration) throws Exception {
        // the body of up(): the Javadoc before it lists the down's statements too (the lock notes)
        String source = Files.readString(migration);
        int up = source.indexOf(" up(Script");
        int down = source.indexOf(" down(Script");
        return source.substring(Math.max(up, 0), down < up ? source.length() : down);
    }
}
