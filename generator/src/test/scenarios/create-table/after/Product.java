package scenario;

import jakarta.persistence.*;
import java.math.BigDecimal;

@Entity
@Table(name = "product")
public class Product {
    @Id @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "product_seq")
    @SequenceGenerator(name = "product_seq", sequenceName = "product_seq", allocationSize = 50)
    Long id;
    @Column(nullable = false, length = 120)
    String title;
    @Column(precision = 10, scale = 2)
    BigDecimal price;
    boolean active;
}
