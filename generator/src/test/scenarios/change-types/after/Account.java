package scenario;

import jakarta.persistence.*;

@Entity
@Table(name = "account")
public class Account {
    @Id @GeneratedValue(strategy = GenerationType.IDENTITY)
    Long id;
    Long visits;
    @Column(length = 1000)
    String note;
    @Column(precision = 12, scale = 2)
    java.math.BigDecimal balance;
    @Column(length = 100)
    String bio;
    @Column(name = "score")
    Integer score;
}
