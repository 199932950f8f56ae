package dev.plumb.oracle.coverage.model;

import jakarta.persistence.*;

/** Enums as STRING (check or native enum) and ORDINAL (range check), and one without {@code @Enumerated}. */
@Entity
public class Account {
    @Id
    private Long id;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    private Status status;

    @Enumerated(EnumType.ORDINAL)
    private Status ordinalStatus;

    private Status implicitStatus;
}
