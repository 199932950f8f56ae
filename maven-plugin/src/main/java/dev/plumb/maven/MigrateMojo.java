package dev.plumb.maven;

import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.ResolutionScope;

/** {@code plumb:migrate}: runs {@code plumb migrate} on the project (see the CLI's {@code plumb migrate --help}). */
@Mojo(name = "migrate", requiresDependencyResolution = ResolutionScope.RUNTIME)
public class MigrateMojo extends PlumbMojo {

    @Override
    protected String command() {
        return "migrate";
    }
}
