package dev.plumb.cli;

import dev.plumb.dialect.Dialects;
import dev.plumb.dialect.SqlDialect;

import java.nio.file.Path;
import java.util.ListResourceBundle;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * The help texts that list databases, built from {@link Dialects} so that a new dialect appears in {@code --help}
 * without editing the commands. Options refer to them as {@code ${bundle:KEY}} (picocli's variable interpolation);
 * {@link PlumbCli} registers this bundle with every command.
 */
final class DialectHelp extends ListResourceBundle {

    /** The dialects' names as a parameter label: {@code postgresql|h2}. */
    static final String NAMES = "${bundle:dialect.names}";

    /** The dialects' names as a setting value: {@code postgresql,h2}. */
    static final String LIST = "${bundle:dialect.list}";

    /** The name of the dialect with an embedded database, the default: {@code h2}. */
    static final String EMBEDDED_NAME = "${bundle:embedded.name}";

    /** The embedded default database's URL, under the working directory's {@code .plumb}. */
    static final String EMBEDDED_URL = "${bundle:embedded.url}";

    /** The products whose scratch databases live on a server, for {@code --scratch-url}. */
    static final String SERVER_PRODUCTS = "${bundle:server.products}";

    @Override
    protected Object[][] getContents() {
        SqlDialect embedded = Dialects.embedded();
        return new Object[][] {
                {"dialect.names", Dialects.supportedNames("|")},
                {"dialect.list", Dialects.supportedNames(",")},
                {"embedded.name", name(embedded)},
                {"embedded.url", Dialects.embeddedDefault(Path.of(".plumb")).url()},
                {"server.products", Dialects.all().stream().filter(dialect -> dialect.scratch().usesServer())
                        .map(dialect -> dialect.dialect().productName()).collect(Collectors.joining(" or "))},
        };
    }

    private static String name(SqlDialect dialect) {
        return dialect.dialect().name().toLowerCase(Locale.ROOT);
    }
}
