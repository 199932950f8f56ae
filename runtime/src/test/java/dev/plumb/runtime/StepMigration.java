package dev.plumb.runtime;

import java.util.function.Consumer;

/** A test migration whose up and down fill the script as a generated class of several steps does. */
record StepMigration(String version, String description, Consumer<Script> upSteps, Consumer<Script> downSteps)
        implements Migration {

    @Override
    public void up(Script script) {
        upSteps.accept(script);
    }

    @Override
    public void down(Script script) {
        downSteps.accept(script);
    }
}
