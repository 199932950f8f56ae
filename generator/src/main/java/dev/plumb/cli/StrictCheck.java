package dev.plumb.cli;

import dev.plumb.diff.Change;
import dev.plumb.diff.ChangeSubject;
import dev.plumb.diff.Safety;
import dev.plumb.generate.DestructiveChangeException;
import dev.plumb.writer.MigrationHeader;

import java.util.List;
import java.util.Locale;

/**
 * {@code generate --strict}: every change that is not {@link Safety#SAFE} must be acknowledged, by
 * {@code --accept TABLE} (every change on the table), {@code --accept TABLE.OBJECT} (a column, constraint or index
 * of it) or {@code --accept-all}. Names are compared as displayed in the change list, case-insensitively.
 */
record StrictCheck(List<String> accepted, boolean acceptAll) {

    /** Throws naming the first unacknowledged change and the option that acknowledges it. */
    void check(List<Change> changes) {
        if (acceptAll) {
            return;
        }
        List<Change> open = changes.stream()
                .filter(c -> c.safety() != Safety.SAFE && !isAccepted(ChangeSubject.of(c)))
                .toList();
        if (open.isEmpty()) {
            return;
        }
        Change first = open.get(0);
        String more = open.size() > 1 ? " (and " + (open.size() - 1) + " more)" : "";
        throw new DestructiveChangeException("--strict: " + MigrationHeader.changeLine(first).trim() + more
                + " is not safe: review it, then pass --accept " + key(ChangeSubject.of(first)) + " or --accept-all");
    }

    private boolean isAccepted(ChangeSubject subject) {
        String table = subject.owner().toString().toLowerCase(Locale.ROOT);
        String full = key(subject).toLowerCase(Locale.ROOT);
        return accepted.stream().map(a -> a.toLowerCase(Locale.ROOT)).anyMatch(a -> a.equals(table) || a.equals(full));
    }

    private static String key(ChangeSubject subject) {
        String object = subject.object().isEmpty() ? "" : "." + new dev.plumb.model.Identifier(subject.object());
        return subject.owner() + object;
    }
}
