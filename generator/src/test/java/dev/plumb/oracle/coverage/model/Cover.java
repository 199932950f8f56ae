package dev.plumb.oracle.coverage.model;

import jakarta.persistence.*;

/** The other side of a {@code @OneToOne}. */
@Entity
public class Cover {
    @Id
    private Long id;

    private String artist;
}
