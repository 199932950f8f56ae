package dev.plumb.oracle.audit;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Lob;
import jakarta.persistence.ManyToOne;

/** A comment on a run: identity id, a {@code @Lob} body and a default table name. */
@Entity
public class RunComment extends Auditable {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne
    private WorkflowRun run;

    @Lob
    @Column(nullable = false)
    private String body;
}
