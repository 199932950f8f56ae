package dev.plumb.generate;

import dev.plumb.reader.MappingException;
import dev.plumb.runtime.Dialect;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * {@code generate} for the databases an application runs on ({@code dialects=postgresql,h2}): one migration carrying
 * the SQL of every dialect, each computed against that dialect's current schema by its own pipeline (the entities are
 * read once per dialect, since Hibernate renders per dialect). Where that schema is, the caller says
 * ({@link DialectGeneration}): the CLI generates the URL's dialect against the database at {@code --url} and every
 * other dialect against a scratch database with the existing migrations replayed, as {@code --from-migrations} does.
 *
 * <p>The URL's dialect comes first, its change list shared by the class; when the configured list lacks it, it is
 * added: the developer generated against that database, so the migration must run there. A dialect that cannot
 * express the entities (an expression index on H2) fails the whole run, naming the dialect when there are several: a
 * class without that dialect's SQL would be refused by {@code migrate} there later, so it is better said now, where
 * the fix is made (change the mapping, or leave the dialect out of {@code dialects}).
 */
public final class MultiDialectGenerator {

    /** Computes one dialect's migration with the options of this round (renames, data loss, ownership). */
    @FunctionalInterface
    public interface DialectGeneration {
        GeneratedMigration generate(Dialect dialect, GenerateOptions options);
    }

    /** The dialects in the order the class lists them: {@code primary} first, then the configured ones. */
    public static List<Dialect> ordered(Dialect primary, List<Dialect> configured) {
        List<Dialect> dialects = new ArrayList<>(List.of(primary));
        configured.stream().filter(d -> d != primary).forEach(dialects::add);
        return dialects;
    }

    /**
     * Every dialect's migration; a refusal on any dialect ({@link DestructiveChangeException}) stops the run as it
     * would for that dialect alone, so the interactive confirmation and {@code --allow-data-loss} work as before.
     */
    public MultiDialectMigration generate(List<Dialect> dialects, GenerateOptions options,
                                         DialectGeneration generation) {
        List<GeneratedMigration> migrations = new ArrayList<>();
        for (Dialect dialect : dialects) {
            try {
                migrations.add(generation.generate(dialect, options));
            } catch (MappingException e) {
                if (dialects.size() == 1) {
                    throw e;
                }
                throw new MappingException("on " + dialect.name().toLowerCase(Locale.ROOT) + ": " + e.getMessage()
                        + " (change the mapping, or leave " + dialect.name().toLowerCase(Locale.ROOT)
                        + " out of dialects=)", e);
            }
        }
        return new MultiDialectMigration(migrations);
    }
}
