package scenario;

import jakarta.persistence.*;

@Entity
@Table(name = "customer",
        indexes = @Index(name = "idx_customer_name", columnList = "name, created desc"),
        uniqueConstraints = @UniqueConstraint(columnNames = "email"))
public class Customer {
    @Id @GeneratedValue(strategy = GenerationType.IDENTITY)
    Long id;
    @Column(nullable = false, length = 100)
    String name;
    @Column(length = 200)
    String email;
    java.time.LocalDate created;
}
