package dev.plumb.maven;

import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.ResolutionScope;

/**
 * {@code plumb:repair}: runs {@code plumb repair} on the project, which clears a partially applied migration's
 * record so that {@code plumb:migrate} can resume (see the CLI's {@code plumb repair --help}).
 */
@Mojo(name = "repair", requiresDependencyResolution = ResolutionScope.RUNTIME)
public class RepairMojo extends PlumbMojo {

    @Override
    protected String command() {
        return "repair";
    }
}
