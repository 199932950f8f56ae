package dev.plumb.cli;

import dev.plumb.config.ConfigException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

/**
 * {@code plumb init --ci github|gitlab}: writes the CI job that runs {@code plumb check} into the working directory,
 * from the template shipped in plumb.jar. Refuses to overwrite an existing file unless {@code --force}.
 */
@Command(name = "init", mixinStandardHelpOptions = true, footer = ExitCodes.FOOTER,
        description = "Writes a CI workflow that runs plumb check: .github/workflows/plumb.yml or .gitlab-ci.yml.")
final class InitCommand extends PlumbCommand {

    @Option(names = "--ci", required = true, paramLabel = "github|gitlab", description = "The CI system.")
    String ci;

    @Option(names = "--force", description = "Overwrite an existing file.")
    boolean force;

    InitCommand(CliContext context) {
        super(context);
    }

    /** A CI system: the template in plumb.jar and where it goes in a repository. */
    private record Target(String template, String path) {
    }

    @Override
    protected int execute() {
        Target target = switch (ci.toLowerCase(Locale.ROOT)) {
            case "github" -> new Target("templates/github-actions.yml", ".github/workflows/plumb.yml");
            case "gitlab" -> new Target("templates/gitlab-ci.yml", ".gitlab-ci.yml");
            default -> throw new ConfigException("unknown --ci " + ci + ": use github or gitlab");
        };
        Path file = context().workingDirectory().resolve(target.path());
        if (Files.exists(file) && !force) {
            throw new ConfigException(file + " already exists: merge the plumb check job by hand, or pass --force "
                    + "to overwrite it");
        }
        byte[] template = template(target.template());
        try {
            Files.createDirectories(file.getParent());
            Files.write(file, template);
        } catch (IOException e) {
            throw ConfigException.unwritable(file.getParent(), "working directory", e);
        }
        out().println(file);
        return ExitCodes.OK;
    }

    /** The template shipped in plumb.jar; failing to read it is Plumb's own bug. */
    private static byte[] template(String resource) {
        try (InputStream in = InitCommand.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("template " + resource + " is missing from plumb.jar");
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read template " + resource + " from plumb.jar", e);
        }
    }
}
