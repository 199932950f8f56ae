package dev.plumb.maven;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;

/**
 * Turns a goal's settings into the command line of the CLI command it runs, so that the plugin adds no settings
 * logic of its own: the CLI's {@code ConfigResolver} still merges them with {@code PLUMB_*} and {@code plumb.properties}.
 *
 * <p>The plugin's {@code <configuration>} and {@code -Dplumb.OPTION} are the CLI's flags: they beat the environment,
 * which beats {@code plumb.properties}. Between the two, {@code -D} wins (a command line is more specific than the
 * POM; Maven's own rule is the other way round for a parameter that is configured). Only options the command knows
 * are passed on, so {@code mvn plumb:generate plumb:migrate -Dplumb.name=init} gives {@code --name} to
 * {@code generate} alone.
 */
final class CommandLineBuilder {

    static final String PROPERTY_PREFIX = "plumb.";

    private final String command;
    private final Map<String, Boolean> known;
    private final Map<String, List<String>> values = new LinkedHashMap<>();

    /** @param known the command's long options, each mapped to whether it takes a value */
    CommandLineBuilder(String command, Map<String, Boolean> known) {
        this.command = command;
        this.known = known;
    }

    /** Sets an option from the POM; a null or blank value, or an unknown option, is left out. */
    CommandLineBuilder configured(String option, String value) {
        if (value != null && !value.isBlank() && known.containsKey(option)) {
            values.put(option, List.of(value));
        }
        return this;
    }

    /** Sets a repeatable option from the POM (each value becomes one {@code --option value}). */
    CommandLineBuilder configured(String option, List<String> list) {
        if (list != null && !list.isEmpty() && known.containsKey(option)) {
            values.put(option, List.copyOf(list));
        }
        return this;
    }

    /** Sets every option of {@code options} (the POM's {@code <options>} map). */
    CommandLineBuilder configured(Map<String, String> options) {
        if (options != null) {
            options.forEach(this::configured);
        }
        return this;
    }

    /** Overrides with the {@code plumb.*} user properties ({@code -Dplumb.name=init}) the command knows. */
    CommandLineBuilder userProperties(Properties properties) {
        if (properties != null) {
            for (String key : properties.stringPropertyNames()) {
                String option = key.startsWith(PROPERTY_PREFIX) ? key.substring(PROPERTY_PREFIX.length()) : "";
                if (known.containsKey(option)) {
                    values.put(option, List.of(properties.getProperty(key)));
                }
            }
        }
        return this;
    }

    /**
     * The arguments: the command, then each option. A flag ({@code dry-run}) is given when its value is empty or
     * {@code true} ({@code -Dplumb.dry-run} alone sets it to the empty string) and left out otherwise.
     */
    String[] build() {
        List<String> args = new ArrayList<>(List.of(command));
        values.forEach((option, list) -> {
            boolean takesValue = known.get(option);
            for (String value : list) {
                if (takesValue) {
                    args.add("--" + option);
                    args.add(value);
                } else if (value.isBlank() || Boolean.parseBoolean(value.trim())) {
                    args.add("--" + option);
                }
            }
        });
        return args.toArray(String[]::new);
    }
}
