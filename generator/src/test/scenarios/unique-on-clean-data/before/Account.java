package scenario;

import jakarta.persistence.*;

@Entity
@Table(name = "account")
public class Account {
    @Id @GeneratedValue(strategy = GenerationType.IDENTITY)
    Long id;
    @Column(name = "tenant", nullable = false, length = 40)
    String tenant;
    @Column(name = "login", length = 60)
    String login;
}
