package scenario;

import jakarta.persistence.*;

@Entity
@Table(name = "purchase")
public class Purchase {
    @Id @GeneratedValue(strategy = GenerationType.IDENTITY)
    Long id;
    @ManyToOne
    @JoinColumn(name = "customer_id", foreignKey = @ForeignKey(name = "fk_purchase_customer"))
    Customer customer;
}
