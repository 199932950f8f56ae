package dev.plumb.reader;

import dev.plumb.model.IdentifierCase;
import dev.plumb.reader.fixtures.Customer;

import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/** Where the fixture entities are, and the two targets the reader tests read them for. */
final class ReaderFixtures {

    static final String FIXTURES = "dev.plumb.reader.fixtures";
    static final DatabaseTarget POSTGRES = new DatabaseTarget("PostgreSQL", 15, 0, IdentifierCase.LOWER);
    static final DatabaseTarget H2 = new DatabaseTarget("H2", 2, 5, IdentifierCase.UPPER);

    private ReaderFixtures() {
    }

    /** The test-classes directory, found from a fixture class so it does not depend on the working directory. */
    static Path testClasses() {
        try {
            return Path.of(Customer.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    static EntitySource fixtures() {
        return fixtures(Map.of());
    }

    static EntitySource fixtures(Map<String, String> settings) {
        return new EntitySource(List.of(testClasses()), List.of(FIXTURES), settings);
    }
}
