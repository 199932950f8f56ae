package dev.plumb.maven;

import org.apache.maven.plugins.annotations.Execute;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.ResolutionScope;

/**
 * {@code plumb:check}: the CI gate, {@code plumb check} on the project's compiled entities (it compiles them first).
 * Fails the build on drift (the missing SQL is in the log) or when a migration's down is not faithful.
 */
@Mojo(name = "check", requiresDependencyResolution = ResolutionScope.RUNTIME)
@Execute(phase = LifecyclePhase.COMPILE)
public class CheckMojo extends PlumbMojo {

    @Override
    protected String command() {
        return "check";
    }
}
