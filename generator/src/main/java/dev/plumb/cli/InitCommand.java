package dev.plumb.cli;

import dev.plumb.config.ConfigException;
import dev.plumb.config.PlumbConfig;
import dev.plumb.runtime.Dialect;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * {@code plumb init --ci github|gitlab}: writes the CI job that checks the migrations into the working directory, from
 * a template shipped in plumb.jar. In a Maven project (a {@code pom.xml} there) the job runs {@code mvn plumb:check},
 * since the application's repository has no {@code ./plumb}; otherwise it installs the CLI's distribution and runs
 * {@code plumb check}. Either way one job per database: the {@code --dialect}s given, else the kind of the configured
 * URL, else the embedded database's. Refuses to overwrite an existing file unless {@code --force}.
 */
@Command(name = "init", mixinStandardHelpOptions = true, footer = ExitCodes.FOOTER,
        description = "Writes a CI workflow that runs plumb check (mvn plumb:check in a Maven project), one job per "
                + "database: .github/workflows/plumb.yml or .gitlab-ci.yml.")
final class InitCommand extends PlumbCommand {

    @Option(names = "--ci", required = true, paramLabel = "github|gitlab", description = "The CI system.")
    String ci;

    @Option(names = "--force", description = "Overwrite an existing file.")
    boolean force;

    @Option(names = "--dialect", paramLabel = DialectHelp.NAMES,
            description = "A database to check the migrations on, one job each. Repeatable. Default: each of "
                    + "--dialects, else the kind of --url, else " + DialectHelp.EMBEDDED_NAME + ".")
    List<String> dialects = new ArrayList<>();

    InitCommand(CliContext context) {
        super(context);
    }

    /** A CI system: its template in plumb.jar ({@code -maven.yml} or {@code -cli.yml}) and where it goes. */
    private record Target(String template, String path) {
    }

    @Override
    protected int execute() {
        Target target = switch (ci.toLowerCase(Locale.ROOT)) {
            case "github" -> new Target("templates/github-actions", ".github/workflows/plumb.yml");
            case "gitlab" -> new Target("templates/gitlab-ci", ".gitlab-ci.yml");
            default -> throw new ConfigException("unknown --ci " + ci + ": use github or gitlab");
        };
        Path file = context().workingDirectory().resolve(target.path());
        if (Files.exists(file) && !force) {
            throw new ConfigException(file + " already exists: merge the plumb check job by hand, or pass --force "
                    + "to overwrite it");
        }
        boolean maven = Files.isRegularFile(context().workingDirectory().resolve("pom.xml"));
        String job = template(target.template() + (maven ? "-maven.yml" : "-cli.yml"))
                .replace("${dialects}", dialectList())
                .replace("${plumbVersion}", PlumbVersion.get());
        try {
            Files.createDirectories(file.getParent());
            Files.writeString(file, job);
        } catch (IOException e) {
            throw ConfigException.unwritable(file.getParent(), "working directory", e);
        }
        out().println(file);
        return ExitCodes.OK;
    }

    /** The databases to check on, as a YAML flow list of dialect names. */
    private String dialectList() {
        List<Dialect> chosen = new ArrayList<>();
        for (String name : dialects) {
            Dialect dialect = ScratchOptions.parse(name);
            if (!chosen.contains(dialect)) {
                chosen.add(dialect);
            }
        }
        if (chosen.isEmpty()) {
            PlumbConfig config = config();
            chosen.addAll(config.dialects().isEmpty() ? List.of(ScratchOptions.defaultDialect(config))
                    : config.dialects());
        }
        return chosen.stream().map(dialect -> dialect.name().toLowerCase(Locale.ROOT))
                .collect(Collectors.joining(", ", "[", "]"));
    }

    /** The template shipped in plumb.jar; failing to read it is Plumb's own bug. */
    private static String template(String resource) {
        try (InputStream in = InitCommand.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("template " + resource + " is missing from plumb.jar");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read template " + resource + " from plumb.jar", e);
        }
    }
}
