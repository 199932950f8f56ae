package dev.plumb.cli;

import java.io.Console;
import java.util.Locale;

/**
 * Yes/no questions to the person at the terminal, the seam through which {@code generate} confirms a possible rename.
 * {@link #NONE} (no terminal: CI, pipes, tests) never asks, so a non-interactive run refuses as documented;
 * {@link #console()} asks on {@link System#console()} when there is one.
 */
public interface Prompt {

    /** Not interactive: nothing is asked, nothing confirmed. */
    Prompt NONE = new Prompt() {
        @Override
        public boolean interactive() {
            return false;
        }

        @Override
        public boolean confirm(String question) {
            return false;
        }
    };

    /** True when someone can answer. */
    boolean interactive();

    /** Asks; true only for an explicit yes. */
    boolean confirm(String question);

    /** The process's terminal, or {@link #NONE} when standard input or output is not one. */
    static Prompt console() {
        Console console = System.console();
        if (console == null) {
            return NONE;
        }
        return new Prompt() {
            @Override
            public boolean interactive() {
                return true;
            }

            @Override
            public boolean confirm(String question) {
                String answer = console.readLine("%s [y/N] ", question);
                return answer != null && answer.trim().toLowerCase(Locale.ROOT).matches("y|yes");
            }
        };
    }
}
