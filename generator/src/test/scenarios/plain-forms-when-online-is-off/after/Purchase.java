package scenario;

import jakarta.persistence.*;

// A foreign key and a check added to a populated table.
@Entity
@Table(name = "purchase", check = @CheckConstraint(name = "ck_purchase_amount", constraint = "amount >= 0"))
public class Purchase {
    @Id @GeneratedValue(strategy = GenerationType.IDENTITY)
    Long id;
    @ManyToOne
    @JoinColumn(name = "customer_id", foreignKey = @ForeignKey(name = "fk_purchase_customer"))
    Customer customer;
    Integer amount;
}
