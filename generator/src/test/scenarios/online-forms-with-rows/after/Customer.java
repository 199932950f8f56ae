package scenario;

import jakarta.persistence.*;

// Every online form on one populated table: an index, a unique key, a NOT NULL with a backfill, a column added
// NOT NULL with a backfill.
@Entity
@Table(name = "customer",
        indexes = @Index(name = "idx_customer_name", columnList = "name"),
        uniqueConstraints = @UniqueConstraint(name = "uk_customer_email", columnNames = "email"))
public class Customer {
    @Id @GeneratedValue(strategy = GenerationType.IDENTITY)
    Long id;
    @Column(nullable = false, length = 100)
    String name;
    @Column(length = 200)
    String email;
    @Column(nullable = false, length = 20)
    String code;
}
