package scenario;

import jakarta.persistence.*;

@Entity
@Table(name = "purchase")
public class Purchase {
    @Id @GeneratedValue(strategy = GenerationType.IDENTITY)
    Long id;
    @Column(name = "customer_id")
    Long customerId;
    Integer amount;
}
