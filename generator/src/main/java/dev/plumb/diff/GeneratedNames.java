package dev.plumb.diff;

import dev.plumb.model.Identifier;

import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Whether a desired constraint or index name is one Hibernate made up because the entity left it unnamed. Hibernate's
 * implicit naming ({@code ImplicitNamingStrategyJpaCompliantImpl}, through {@code NamingHelper}) names a foreign key
 * {@code FK}, a unique key {@code UK} and an index {@code IDX} followed by the MD5 of its table and columns in base 35
 * (about 25 characters: {@code FK624gtjin3po807j3vix093tlf}). Such a name says nothing the entity chose, so a database
 * object of the same definition under any other name is the same object; only a name the entity states is compared.
 */
final class GeneratedNames {

    private static final Pattern HASHED = Pattern.compile("(?i)(fk|uk|idx)[0-9a-z]{20,30}");

    private GeneratedNames() {
    }

    static boolean isGenerated(Identifier name) {
        return HASHED.matcher(name.value()).matches();
    }

    /** Whether {@code wanted} names the object as the entity chose: present and not made up by Hibernate. */
    static boolean isChosen(Optional<Identifier> wanted) {
        return wanted.isPresent() && !isGenerated(wanted.get());
    }
}
