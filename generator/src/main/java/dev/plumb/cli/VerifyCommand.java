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
 * {@code plumb verify}: proves every down migration on a scratch database: up, down, the schema must be exactly the
 * one before, up again; reports the first migration that is not faithful and how.
 */
@Command(name = "verify", mixinStandardHelpOptions = true, footer = ExitCodes.FOOTER,
        description = "Applies, rolls back and re-applies every migration on a scratch database; fails (exit 8) "
                + "naming the first migration whose down does not restore the schema.")
final class VerifyCommand extends GateCommand {

    VerifyCommand(CliContext context) {
        super(context);
    }

    @Override
    protected int execute() {
        PlumbConfig config = config();
        List<Migration> migrations = migrations(config);
        Dialect dialect = scratchOptions.dialect(config);
        Verification verification;
        try (ScratchDatabase scratch = scratch(dialect)) {
            verification = new RoundTripVerifier(ignoredTables(config)).verify(migrations, scratch.settings());
        }
        if (verification.failure().isPresent()) {
            return verificationFailed(verification.failure().get());
        }
        out().println("Verified " + Formats.count(verification.migrationsVerified(), "migration") + " on "
                + dialect.productName() + ": each down restores the schema");
        return ExitCodes.OK;
    }
}
