package dev.plumb.cli;

import dev.plumb.config.PlumbConfig;
import dev.plumb.gate.RoundTripVerifier;
import dev.plumb.gate.Verification;
import dev.plumb.runtime.Dialect;
import dev.plumb.runtime.Migration;
import dev.plumb.scratch.ScratchDatabase;
import picocli.CommandLine.Command;

import java.util.List;

/**
 * {@code plumb verify}: proves every down migration on a scratch database of each dialect the application runs on:
 * up, down, the schema must be exactly the one before, up again; reports per dialect the first migration that is not
 * faithful and how, or that has no SQL for it.
 */
@Command(name = "verify", mixinStandardHelpOptions = true, footer = ExitCodes.FOOTER,
        description = "Applies, rolls back and re-applies every migration on a scratch database of each of "
                + "--dialects; fails (exit 8) naming the first migration whose down does not restore the schema.")
final class VerifyCommand extends GateCommand {

    VerifyCommand(CliContext context) {
        super(context);
    }

    @Override
    protected int execute() {
        PlumbConfig config = config();
        List<Migration> migrations = migrations(config);
        int worst = ExitCodes.OK;
        for (Dialect dialect : dialects(config)) {
            worst = Math.max(worst, verify(config, migrations, dialect));
        }
        return worst;
    }

    private int verify(PlumbConfig config, List<Migration> migrations, Dialect dialect) {
        if (reportMissingSql(migrations, dialect, "Verification failed on " + dialect.productName() + ": ")) {
            return ExitCodes.VERIFICATION_FAILED;
        }
        Verification verification;
        try (ScratchDatabase scratch = scratch(dialect)) {
            verification = new RoundTripVerifier(ignoredTables(config)).verify(migrations, scratch.settings());
        }
        if (verification.failure().isPresent()) {
            return verificationFailed(verification.failure().get(), dialect);
        }
        out().println("Verified " + Formats.count(verification.migrationsVerified(), "migration") + " on "
                + dialect.productName() + ": each down restores the schema");
        return ExitCodes.OK;
    }
}
