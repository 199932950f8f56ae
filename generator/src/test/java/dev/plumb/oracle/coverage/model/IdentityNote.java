package dev.plumb.oracle.coverage.model;

import jakarta.persistence.*;

/** An {@code IDENTITY} id. */
@Entity
public class IdentityNote {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(length = 4000)
    private String body;
}
