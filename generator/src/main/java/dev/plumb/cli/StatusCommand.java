package dev.plumb.cli;

import dev.plumb.runtime.MigrationStatus;
import picocli.CommandLine.Command;

import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** {@code plumb status}: a table of every migration known to the code or the history, with its state. */
@Command(name = "status", mixinStandardHelpOptions = true, footer = ExitCodes.FOOTER,
        description = "Lists migrations: version, description, state, when and by whom applied, duration; the"
                + " progress of a partial one.")
final class StatusCommand extends RuntimeCommand {

    private static final List<String> HEADERS =
            List.of("VERSION", "DESCRIPTION", "STATE", "APPLIED AT (UTC)", "APPLIED BY", "DURATION", "DETAIL");
    private static final DateTimeFormatter APPLIED_AT =
            DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss", Locale.ROOT).withZone(ZoneOffset.UTC);

    StatusCommand(CliContext context) {
        super(context);
    }

    @Override
    protected int execute() throws Exception {
        List<MigrationStatus> statuses = migrator(config()).status();
        if (statuses.isEmpty()) {
            out().println("No migrations");
            return ExitCodes.OK;
        }
        List<List<String>> rows = new ArrayList<>();
        rows.add(HEADERS);
        statuses.forEach(status -> rows.add(row(status)));
        printTable(rows);
        return ExitCodes.OK;
    }

    static List<String> row(MigrationStatus status) {
        return List.of(status.version(), status.description(),
                status.state().name().toLowerCase(Locale.ROOT).replace('_', ' '),
                status.appliedAt().map(APPLIED_AT::format).orElse(""),
                status.appliedBy().orElse(""),
                status.executionTime().map(Durations::format).orElse(""),
                status.detail().orElse(""));
    }

    private void printTable(List<List<String>> rows) {
        int[] widths = new int[HEADERS.size()];
        for (List<String> row : rows) {
            for (int i = 0; i < widths.length; i++) {
                widths[i] = Math.max(widths[i], row.get(i).length());
            }
        }
        for (List<String> row : rows) {
            StringBuilder line = new StringBuilder();
            for (int i = 0; i < widths.length; i++) {
                line.append(String.format(Locale.ROOT, "%-" + widths[i] + "s", row.get(i)));
                line.append(i < widths.length - 1 ? "  " : "");
            }
            out().println(line.toString().stripTrailing());
        }
    }
}
