package dev.plumb.oracle.coverage.model;

import jakarta.persistence.*;

/** A {@code SEQUENCE} id: {@code allocationSize} becomes the increment, {@code initialValue} the start. */
@Entity
public class SequenceEvent {
    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "event_gen")
    @SequenceGenerator(name = "event_gen", sequenceName = "event_seq", allocationSize = 20, initialValue = 100)
    private Long id;

    private String kind;
}
