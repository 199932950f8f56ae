package dev.plumb.oracle.coverage.model;

import jakarta.persistence.*;

/** A {@code TABLE} generator: the table {@code hibernate_sequences} with its initial row. */
@Entity
public class TableKeyed {
    @Id
    @GeneratedValue(strategy = GenerationType.TABLE)
    private Long id;

    private String label;
}
