package scenario;

import jakarta.persistence.*;

@Entity
@Table(name = "`table`")
public class TableRow {
    @Id @GeneratedValue(strategy = GenerationType.IDENTITY)
    Long id;
    @ManyToOne
    @JoinColumn(name = "order_id", foreignKey = @ForeignKey(name = "fk_table_order"))
    Order order;
}
