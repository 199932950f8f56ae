package dev.plumb.oracle.coverage.model;

import jakarta.persistence.*;

/** A {@code GenerationType.AUTO} id: Hibernate's default sequence {@code AutoCounter_SEQ}, increment 50. */
@Entity
public class AutoCounter {
    @Id
    @GeneratedValue
    private Long id;

    private int hits;
}
