package dev.plumb.oracle.coverage.model;

import jakarta.persistence.*;

import java.util.Set;

/** The target of foreign keys; an {@code @ElementCollection} of strings and a {@code @ManyToMany} join table. */
@Entity
public class Author {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private String name;

    @ElementCollection
    @CollectionTable(name = "author_alias", joinColumns = @JoinColumn(name = "author_id"))
    @Column(name = "alias", length = 60)
    private Set<String> aliases;

    @ManyToMany
    @JoinTable(name = "author_genre", joinColumns = @JoinColumn(name = "author_id"),
            inverseJoinColumns = @JoinColumn(name = "genre_id"))
    private Set<Genre> genres;
}
