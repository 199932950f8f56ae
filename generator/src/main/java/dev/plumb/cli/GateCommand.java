package dev.plumb.cli;

import dev.plumb.compile.MigrationLoader;
import dev.plumb.config.PlumbConfig;
import dev.plumb.dialect.IgnoredTables;
import dev.plumb.gate.MissingDialectSql;
import dev.plumb.gate.Verification;
import dev.plumb.runtime.Dialect;
import dev.plumb.runtime.Migration;
import dev.plumb.scratch.ScratchDatabase;
import dev.plumb.scratch.ScratchDatabases;
import picocli.CommandLine.Mixin;

import java.util.Collections;
import java.util.List;
import java.util.Optional;

/**
 * A command that replays the migrations on a scratch database: {@code check} and {@code verify}, once per dialect
 * the application runs on; the exit code is the worst of them.
 */
abstract class GateCommand extends PlumbCommand {

    @Mixin
    ScratchOptions scratchOptions;

    @Mixin
    IgnoreOption ignore;

    GateCommand(CliContext context) {
        super(context);
    }

    /** The migrations from {@code --migrations}, compiled in memory when they are sources. */
    protected static List<Migration> migrations(PlumbConfig config) {
        String packageName = config.migrationsPackage();
        return new MigrationLoader().load(config.migrations(),
                packageName.isEmpty() ? Optional.empty() : Optional.of(packageName));
    }

    /** The tables never diffed: the {@code --ignore} flags, else {@code ignore=} from the file, and the built-ins. */
    protected IgnoredTables ignoredTables(PlumbConfig config) {
        return ignore.tables(config);
    }

    /**
     * The dialects to replay the migrations on, each on its own scratch database: {@code --dialect} alone when
     * given, else the configured {@code dialects}, else the dialect of {@code --url} (H2 when it has none).
     */
    protected List<Dialect> dialects(PlumbConfig config) {
        if (scratchOptions.dialect != null || config.dialects().isEmpty()) {
            return List.of(scratchOptions.dialect(config));
        }
        return config.dialects();
    }

    /**
     * Prints, per migration lacking SQL for {@code dialect}, one line naming it and the dialect (see
     * {@link MissingDialectSql}); true when there were any, so the migrations cannot be replayed on that dialect.
     */
    protected boolean reportMissingSql(List<Migration> migrations, Dialect dialect, String prefix) {
        List<String> lines = MissingDialectSql.lines(migrations, dialect);
        lines.forEach(line -> out().println(prefix + line));
        return !lines.isEmpty();
    }

    /** A fresh scratch database of the chosen dialect; the caller closes (drops) it. */
    protected ScratchDatabase scratch(Dialect dialect) {
        return ScratchDatabases.create(scratchOptions.request(dialect, context().environment()));
    }

    /** Prints why verification stopped on {@code dialect} and returns {@link ExitCodes#VERIFICATION_FAILED}. */
    protected int verificationFailed(Verification.Failure failure, Dialect dialect) {
        out().println("Verification failed on " + dialect.productName() + ": " + failure.message());
        return ExitCodes.VERIFICATION_FAILED;
    }

    @Override
    protected List<String> extraSecrets() {
        return Collections.singletonList(context().environment().get(ScratchOptions.PASSWORD_ENV));
    }
}
