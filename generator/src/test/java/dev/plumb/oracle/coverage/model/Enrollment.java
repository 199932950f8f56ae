package dev.plumb.oracle.coverage.model;

import jakarta.persistence.*;

import java.io.Serializable;
import java.time.LocalDate;

/** A composite key through {@code @IdClass}, referenced by a composite foreign key. */
@Entity
@IdClass(Enrollment.Key.class)
public class Enrollment {
    @Id
    private Long studentId;
    @Id
    private String course;

    private LocalDate since;

    public static class Key implements Serializable {
        private Long studentId;
        private String course;
    }
}
