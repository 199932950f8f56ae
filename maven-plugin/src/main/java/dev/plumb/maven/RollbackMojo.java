package dev.plumb.maven;

import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.ResolutionScope;

/** {@code plumb:rollback}: runs {@code plumb rollback} on the project (see the CLI's {@code plumb rollback --help}). */
@Mojo(name = "rollback", requiresDependencyResolution = ResolutionScope.RUNTIME)
public class RollbackMojo extends PlumbMojo {

    @Override
    protected String command() {
        return "rollback";
    }
}
