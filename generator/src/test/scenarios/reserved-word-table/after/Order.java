package scenario;

import jakarta.persistence.*;

@Entity
@Table(name = "`order`", indexes = @Index(name = "idx_order_user", columnList = "`user`"))
public class Order {
    @Id @GeneratedValue(strategy = GenerationType.IDENTITY)
    Long id;
    @Column(name = "`user`", length = 80, nullable = false)
    String user;
    @Column(name = "`group`", length = 30)
    String group;
}
