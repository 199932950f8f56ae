package scenario;

import jakarta.persistence.*;

/** Two-column unique key added to a table whose rows are already distinct (nulls never collide). */
@Entity
@Table(name = "account", uniqueConstraints = @UniqueConstraint(name = "uk_account_tenant_login",
        columnNames = {"tenant", "login"}))
public class Account {
    @Id @GeneratedValue(strategy = GenerationType.IDENTITY)
    Long id;
    @Column(name = "tenant", nullable = false, length = 40)
    String tenant;
    @Column(name = "login", length = 60)
    String login;
}
