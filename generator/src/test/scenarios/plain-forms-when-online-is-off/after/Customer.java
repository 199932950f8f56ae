package scenario;

import jakarta.persistence.*;

// The same changes as online-forms-with-rows with online=false: the plain forms, as before online forms existed
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
