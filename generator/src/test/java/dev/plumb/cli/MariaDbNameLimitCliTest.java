package dev.plumb.cli;

import dev.plumb.testsupport.TestDatabase;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import java.io.IOException;
import java.nio.file.Path;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * MariaDB refuses a table or column name longer than 64 characters
 * (<a href="https://mariadb.com/kb/en/identifier-names/">identifier names</a>), where PostgreSQL cuts it to 63 bytes
 * and Plumb follows. So {@code generate} on MariaDB refuses such a mapping before writing anything: exit 2, one line
 * naming the entity and the name. This is why the property test's MariaDB models cut their long names to 64.
 */
class MariaDbNameLimitCliTest {

    private static final String NAME_65 = "date_on_which_the_customer_last_confirmed_their_postal_address_ok";
    private static final String NAME_68 = "customer_subscription_renewal_reminder_notification_delivery_attempt";

    @TempDir
    Path cwd;

    private GateWorkspace workspace;

    @BeforeEach
    void setUp() throws IOException {
        workspace = new GateWorkspace(cwd);
    }

    static Stream<Arguments> longNames() {
        return Stream.of(
                Arguments.of("@Table(name = \"" + NAME_68 + "\")", CustomerEntity.EMAIL,
                        "table " + NAME_68 + " has a name of 68 characters"),
                Arguments.of("@Table(name = \"customer\")", CustomerEntity.EMAIL + "@Column(name = \"" + NAME_65
                        + "\")\nString confirmed;\n", "column customer." + NAME_65 + " has a name of 65 characters"));
    }

    @ParameterizedTest
    @MethodSource("longNames")
    void aNameLongerThan64CharactersIsRefused(String table, String fields, String what) throws IOException {
        try (TestDatabase mariadb = TestDatabase.mariadb()) {
            CustomerEntity.compile(workspace.root(), table, fields);

            GateWorkspace.Run run = generate(mariadb);

            assertThat(run.exitCode()).as(run.out() + run.err()).isEqualTo(ExitCodes.USAGE);
            assertThat(run.err().strip()).isEqualTo("plumb generate: " + what + "; MariaDB accepts at most 64: give "
                    + "it a shorter name");
            assertThat(workspace.migrations()).isEmptyDirectory();
        }
    }

    /** A name of exactly 64 characters is MariaDB's own, generated and applied as any other. */
    @Test
    void aNameOf64CharactersIsKept() throws IOException {
        try (TestDatabase mariadb = TestDatabase.mariadb()) {
            CustomerEntity.compile(workspace.root(), "@Table(name = \"" + NAME_68.substring(0, 64) + "\")",
                    CustomerEntity.EMAIL + "@Column(name = \"" + NAME_65.substring(0, 64) + "\")\nString confirmed;\n");

            GateWorkspace.Run run = generate(mariadb);
            assertThat(run.exitCode()).as(run.err()).isZero();
            GateWorkspace.Run migrate = workspace.plumb("migrate", "--url", mariadb.url(), "--user", mariadb.user());
            assertThat(migrate.exitCode()).as(migrate.out() + migrate.err()).isZero();

            assertThat(generate(mariadb, "--dry-run").out().strip()).isEqualTo("No changes");
        }
    }

    private GateWorkspace.Run generate(TestDatabase mariadb, String... more) {
        java.util.List<String> args = new java.util.ArrayList<>(java.util.List.of("generate", "--url", mariadb.url(),
                "--user", mariadb.user()));
        args.addAll(java.util.List.of(more));
        return workspace.plumb(args.toArray(String[]::new));
    }
}
