package dev.plumb.model;

import java.util.Comparator;
import java.util.Objects;
import java.util.Optional;

/**
 * The name of a table or sequence, with the schema (namespace) it lives in.
 *
 * <p>An empty namespace means the connection's default schema ({@code public} on PostgreSQL, {@code PUBLIC} on H2),
 * so that migrations stay portable between databases whose default schema differs.
 */
public record QualifiedName(Optional<Identifier> namespace, Identifier name) implements Comparable<QualifiedName> {

    private static final Comparator<QualifiedName> ORDER = Comparator
            .comparing((QualifiedName q) -> q.namespace().map(Identifier::value).orElse(""))
            .thenComparing(q -> q.name().value());

    public QualifiedName {
        Objects.requireNonNull(namespace, "namespace");
        Objects.requireNonNull(name, "name");
    }

    /** A name in the default schema. */
    public static QualifiedName of(String name) {
        return new QualifiedName(Optional.empty(), new Identifier(name));
    }

    public static QualifiedName of(String namespace, String name) {
        return new QualifiedName(Optional.of(new Identifier(namespace)), new Identifier(name));
    }

    @Override
    public int compareTo(QualifiedName other) {
        return ORDER.compare(this, other);
    }

    @Override
    public String toString() {
        return namespace.map(ns -> ns + "." + name).orElse(name.toString());
    }
}
