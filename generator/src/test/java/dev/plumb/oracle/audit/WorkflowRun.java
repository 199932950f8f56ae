package dev.plumb.oracle.audit;

import jakarta.persistence.CheckConstraint;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.Id;
import jakarta.persistence.Index;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Lob;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import org.hibernate.annotations.Check;

import java.time.Instant;
import java.util.UUID;

/**
 * A run: UUID id, ordinal and string enums, and two multi-operand checks whose operand order matters to a reviewer
 * (and to evaluation order): one through Hibernate's {@code @Check}, one through Jakarta Persistence 3.2's
 * {@code @Table(check)}.
 */
@Entity
@Table(name = "workflow_run",
        indexes = @Index(name = "ix_run_state_started", columnList = "state, started_at desc"),
        check = @CheckConstraint(name = "ck_run_attempts",
                constraint = "attempts >= 0 and (max_attempts is null or attempts <= max_attempts)"))
@Check(name = "ck_run_finished_after_started",
        constraints = "finished_at is null or started_at is null or finished_at >= started_at")
public class WorkflowRun extends Auditable {
    @Id
    @GeneratedValue
    private UUID id;

    @ManyToOne(optional = false)
    @JoinColumn(name = "definition_id")
    private WorkflowDefinition definition;

    @Enumerated(EnumType.ORDINAL)
    private Priority priority;

    @Enumerated(EnumType.STRING)
    private RunState state;

    private Instant startedAt;

    private Instant finishedAt;

    private int attempts;

    private Integer maxAttempts;

    @Lob
    private byte[] output;
}
