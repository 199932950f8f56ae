package dev.plumb.maven;

import org.apache.maven.plugins.annotations.Execute;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.plugins.annotations.ResolutionScope;

import java.util.List;

/**
 * {@code plumb:generate}: compiles the entities, compares them with the database and writes a migration into the
 * project's sources ({@code mvn plumb:generate -Dplumb.name=init}). Every option of {@code plumb generate} works as
 * {@code -Dplumb.OPTION} ({@code -Dplumb.dry-run}, {@code -Dplumb.allow-data-loss}) or in {@code <options>}; the
 * repeatable ones have list parameters.
 */
@Mojo(name = "generate", requiresDependencyResolution = ResolutionScope.RUNTIME)
@Execute(phase = LifecyclePhase.COMPILE)
public class GenerateMojo extends PlumbMojo {

    /** Column renames, {@code TABLE.OLD=NEW} each ({@code --rename}). */
    @Parameter
    List<String> renames;

    /** Table renames, {@code OLD=NEW} each ({@code --rename-table}). */
    @Parameter
    List<String> tableRenames;

    /** Values for existing rows, {@code TABLE.COLUMN=SQL} each ({@code --backfill}). */
    @Parameter
    List<String> backfills;

    /** With {@code --strict}: the unsafe changes acknowledged, {@code TABLE[.OBJECT]} each ({@code --accept}). */
    @Parameter
    List<String> accepts;

    @Override
    protected String command() {
        return "generate";
    }

    @Override
    protected void configure(CommandLineBuilder arguments) {
        arguments.configured("rename", renames).configured("rename-table", tableRenames)
                .configured("backfill", backfills).configured("accept", accepts);
    }
}
