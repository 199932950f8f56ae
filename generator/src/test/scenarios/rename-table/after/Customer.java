package scenario;

import jakarta.persistence.*;

@Entity
@Table(name = "client")
public class Customer {
    @Id @GeneratedValue(strategy = GenerationType.IDENTITY)
    Long id;
    @Column(length = 100, unique = true)
    String name;
}
