package dev.plumb.maven;

import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.ResolutionScope;

/** {@code plumb:new}: runs {@code plumb new} on the project (see the CLI's {@code plumb new --help}). */
@Mojo(name = "new", requiresDependencyResolution = ResolutionScope.RUNTIME)
public class NewMojo extends PlumbMojo {

    @Override
    protected String command() {
        return "new";
    }
}
