package dev.plumb.cli;

import picocli.CommandLine.Command;

import java.util.List;

/**
 * {@code plumb repair}: resolves partially applied non-transactional migrations (state partial or failed in
 * {@code status}), so that {@code migrate} resumes them at the first statement not done.
 */
@Command(name = "repair", mixinStandardHelpOptions = true, footer = ExitCodes.FOOTER,
        description = {"Resolves partially applied (non-transactional) migrations so that migrate resumes them at"
                + " the first statement not done; one with no statement done becomes pending again.",
                "First undo or finish by hand what the interrupted statement left behind (for example an invalid"
                        + " index of an interrupted CREATE INDEX CONCURRENTLY)."})
final class RepairCommand extends RuntimeCommand {

    RepairCommand(CliContext context) {
        super(context);
    }

    @Override
    protected int execute() throws Exception {
        List<String> repaired = migrator(config()).repair();
        if (repaired.isEmpty()) {
            out().println("Nothing to repair");
        }
        repaired.forEach(version -> out().println("Repaired " + version + ": migrate resumes it"));
        return ExitCodes.OK;
    }
}
