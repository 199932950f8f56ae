package bench.online;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** The referenced table of the online benchmark (1,000 rows); unchanged by the migration. */
@Entity
@Table(name = "account")
public class Account {
    @Id
    private Long id;

    @Column(nullable = false, length = 100)
    private String name;
}
