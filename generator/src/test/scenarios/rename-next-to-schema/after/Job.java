package scenario;

import jakarta.persistence.*;

/** Renamed inside schema ops, next to the column rename in the default schema. */
@Entity
@Table(name = "task", schema = "ops")
public class Job {
    @Id
    Long id;
    @Column(name = "label", length = 40)
    String label;
}
