package dev.plumb.oracle.coverage.model;

import jakarta.persistence.*;

/** A composite foreign key to an {@code @IdClass} entity. */
@Entity
public class Grade {
    @Id
    private Long id;

    @ManyToOne
    @JoinColumns({
            @JoinColumn(name = "student_id", referencedColumnName = "studentId"),
            @JoinColumn(name = "course", referencedColumnName = "course")})
    private Enrollment enrollment;
}
