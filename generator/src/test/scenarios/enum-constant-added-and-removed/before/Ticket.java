package scenario;

import jakarta.persistence.*;

@Entity
@Table(name = "ticket")
public class Ticket {
    public enum Status { OPEN, CLOSED, ARCHIVED }

    @Id @GeneratedValue(strategy = GenerationType.IDENTITY)
    Long id;
    @Enumerated(EnumType.STRING)
    @Column(length = 20)
    Status status;
}
