package scenario;

import jakarta.persistence.*;

@Entity
@Table(name = "account")
public class Account {
    @Id @GeneratedValue(strategy = GenerationType.IDENTITY)
    Long id;
    Integer visits;
    @Column(length = 255)
    String note;
    @Column(precision = 10, scale = 2)
    java.math.BigDecimal balance;
    @Column(length = 1000)
    String bio;
    @Column(name = "score", length = 20)
    String score;
}
