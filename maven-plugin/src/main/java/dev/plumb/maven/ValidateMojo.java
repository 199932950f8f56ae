package dev.plumb.maven;

import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.ResolutionScope;

/**
 * {@code plumb:validate}: runs {@code plumb validate} on the project, which checks the history against the
 * migrations without applying anything (see the CLI's {@code plumb validate --help}).
 */
@Mojo(name = "validate", requiresDependencyResolution = ResolutionScope.RUNTIME)
public class ValidateMojo extends PlumbMojo {

    @Override
    protected String command() {
        return "validate";
    }
}
