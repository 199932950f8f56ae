package scenario;

import jakarta.persistence.*;

@Entity(name = "TableEntity")
@jakarta.persistence.Table(name = "`table`")
public class Table {
    @Id @GeneratedValue(strategy = GenerationType.IDENTITY)
    Long id;
    @ManyToOne
    @JoinColumn(name = "order_id", foreignKey = @ForeignKey(name = "fk_table_order"))
    Order order;
}
