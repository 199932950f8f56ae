package scenario;

import jakarta.persistence.*;

/** A table in schema ops, which exists before the renames run: they must not create it again. */
@Entity
@Table(name = "job", schema = "ops")
public class Job {
    @Id
    Long id;
    @Column(name = "label", length = 40)
    String label;
}
