package scenario;

import jakarta.persistence.*;
import org.hibernate.annotations.Check;
import java.time.Instant;

// The checks reach the database as written: operand order is the reviewer's, and may matter for evaluation.
@Entity
@Table(name = "run", check = @CheckConstraint(name = "ck_run_attempts",
        constraint = "attempts >= 0 and (maxAttempts is null or attempts <= maxAttempts)"))
@Check(name = "ck_run_finished_after_started",
        constraints = "finishedAt is null or startedAt is null or finishedAt >= startedAt")
public class Run {
    @Id
    Long id;
    Instant startedAt;
    Instant finishedAt;
    int attempts;
    Integer maxAttempts;
}
