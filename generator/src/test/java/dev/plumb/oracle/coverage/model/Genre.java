package dev.plumb.oracle.coverage.model;

import jakarta.persistence.*;

import java.util.List;

/** A {@code @ManyToMany} with implicit join table and column names; an ordered element collection. */
@Entity
public class Genre {
    @Id
    private Integer id;

    @Column(unique = true, nullable = false)
    private String label;

    @ManyToMany
    private List<Genre> related;

    @ElementCollection
    @OrderColumn
    private List<Integer> ranks;
}
