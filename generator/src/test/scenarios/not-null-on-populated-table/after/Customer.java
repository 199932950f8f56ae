package scenario;

import jakarta.persistence.*;
import org.hibernate.annotations.ColumnDefault;

@Entity
@Table(name = "customer")
public class Customer {
    @Id @GeneratedValue(strategy = GenerationType.IDENTITY)
    Long id;
    @Column(nullable = false, length = 100)
    String name;
    @Column(nullable = false, length = 20)
    String code;
    @ColumnDefault("'new'")
    @Column(nullable = false, length = 10)
    String status;
}
