package dev.plumb.maven;

import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.plugins.annotations.ResolutionScope;

/**
 * {@code plumb:baseline}: runs {@code plumb baseline} on the project, which marks an existing database as migrated up
 * to a version ({@code mvn plumb:baseline -Dplumb.baseline-version=20260101000000}; see the CLI's
 * {@code plumb baseline --help}).
 */
@Mojo(name = "baseline", requiresDependencyResolution = ResolutionScope.RUNTIME)
public class BaselineMojo extends PlumbMojo {

    /**
     * The version the database counts as migrated to ({@code --version}). Named apart from the CLI's option, since
     * {@code plumb.version} would read as Plumb's own version in a POM.
     */
    @Parameter(property = "plumb.baseline-version")
    String baselineVersion;

    @Override
    protected String command() {
        return "baseline";
    }

    @Override
    protected void configure(CommandLineBuilder arguments) {
        arguments.configured("version", baselineVersion);
    }
}
