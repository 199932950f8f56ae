package scenario;

import jakarta.persistence.*;

@Entity
@Table(name = "ticket")
public class Ticket {
    /** ARCHIVED is gone (no seeded row uses it), ESCALATED is new. */
    public enum Status { OPEN, CLOSED, ESCALATED }

    @Id @GeneratedValue(strategy = GenerationType.IDENTITY)
    Long id;
    @Enumerated(EnumType.STRING)
    @Column(length = 20)
    Status status;
}
