package dev.plumb.maven;

import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.ResolutionScope;

/** {@code plumb:status}: runs {@code plumb status} on the project (see the CLI's {@code plumb status --help}). */
@Mojo(name = "status", requiresDependencyResolution = ResolutionScope.RUNTIME)
public class StatusMojo extends PlumbMojo {

    @Override
    protected String command() {
        return "status";
    }
}
