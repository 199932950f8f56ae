package scenario;

import jakarta.persistence.*;
import java.time.Instant;

@Entity
@Table(name = "run")
public class Run {
    @Id
    Long id;
    Instant startedAt;
    Instant finishedAt;
    int attempts;
    Integer maxAttempts;
}
