package scenario;

import jakarta.persistence.*;

@Entity
@Table(name = "queue")
public class Queue {
    @Id @GeneratedValue(strategy = GenerationType.IDENTITY)
    Long id;
}
