package dev.plumb.oracle.coverage.model;

import jakarta.persistence.*;

import java.util.UUID;

/** A UUID id from {@code GenerationType.UUID}; a {@code Long} version. */
@Entity
public class UuidDocument {
    @Id
    @GeneratedValue(strategy = GenerationType.UUID)
    private UUID id;

    @Version
    private Long version;

    private String title;
}
