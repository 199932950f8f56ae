package dev.plumb.reader.otherfixtures;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;

/** An entity outside {@code dev.plumb.reader.fixtures}: the package filter must leave it out. */
@Entity
public class Note {

    @Id
    private Long id;
}
