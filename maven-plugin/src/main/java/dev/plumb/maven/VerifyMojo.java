package dev.plumb.maven;

import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.ResolutionScope;

/** {@code plumb:verify}: runs {@code plumb verify} on the project (see the CLI's {@code plumb verify --help}). */
@Mojo(name = "verify", requiresDependencyResolution = ResolutionScope.RUNTIME)
public class VerifyMojo extends PlumbMojo {

    @Override
    protected String command() {
        return "verify";
    }
}
