package dev.plumb.runtime;

import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The SQL of one direction of a migration, per dialect. A migration fills it in {@code up} or {@code down}; the
 * runtime then runs the statements of the connection's dialect, one JDBC statement per string, in order.
 *
 * <p>The statements form {@linkplain ScriptStep steps}. {@link #on} adds to the current transactional step;
 * {@link #inOwnTransaction} starts a step of its own (a long {@code validate constraint} after the brief strong lock
 * of an {@code add constraint ... not valid}, which must be committed first); {@link #outsideTransaction} adds
 * statements the database refuses inside a transaction, one step each. A migration with only {@link #on} statements
 * is one step, as before steps existed.
 */
public final class Script {

    private final Map<Dialect, List<ScriptStep>> steps = new EnumMap<>(Dialect.class);
    /** The dialects whose last step was started by {@link #on}, so that the next {@code on} joins it. */
    private final Set<Dialect> lastStepOpen = EnumSet.noneOf(Dialect.class);

    /** Adds statements to the current transactional step of a dialect (a new one after a non-transactional step). */
    public Script on(Dialect dialect, String... sql) {
        if (sql.length == 0) {
            steps.computeIfAbsent(dialect, d -> new ArrayList<>());
            return this;
        }
        List<ScriptStep> list = steps.computeIfAbsent(dialect, d -> new ArrayList<>());
        if (lastStepOpen.contains(dialect)) {
            ScriptStep last = list.remove(list.size() - 1);
            List<String> joined = new ArrayList<>(last.statements());
            Collections.addAll(joined, sql);
            list.add(new ScriptStep(joined, true));
        } else {
            list.add(new ScriptStep(List.of(sql), true));
            lastStepOpen.add(dialect);
        }
        return this;
    }

    /** Adds statements as a transactional step of their own: what came before is committed first. */
    public Script inOwnTransaction(Dialect dialect, String... sql) {
        List<ScriptStep> list = steps.computeIfAbsent(dialect, d -> new ArrayList<>());
        if (sql.length > 0) {
            list.add(new ScriptStep(List.of(sql), true));
            lastStepOpen.remove(dialect);
        }
        return this;
    }

    /** Adds statements that must run outside a transaction, each a step of its own. */
    public Script outsideTransaction(Dialect dialect, String... sql) {
        List<ScriptStep> list = steps.computeIfAbsent(dialect, d -> new ArrayList<>());
        for (String each : sql) {
            list.add(new ScriptStep(List.of(each), false));
            lastStepOpen.remove(dialect);
        }
        return this;
    }

    /** The statements for a dialect, in order across its steps, empty when the migration has none for it. */
    public List<String> statementsFor(Dialect dialect) {
        List<String> all = new ArrayList<>();
        for (ScriptStep step : stepsFor(dialect)) {
            all.addAll(step.statements());
        }
        return List.copyOf(all);
    }

    /** The steps for a dialect, in order, empty when the migration has none for it. */
    public List<ScriptStep> stepsFor(Dialect dialect) {
        return List.copyOf(steps.getOrDefault(dialect, List.of()));
    }

    /** The dialects this script carries SQL for. */
    public Set<Dialect> dialects() {
        return Collections.unmodifiableSet(steps.keySet());
    }
}
