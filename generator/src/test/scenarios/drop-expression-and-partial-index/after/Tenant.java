package scenario;

import jakarta.persistence.*;

@Entity
@Table(name = "tenant")
public class Tenant {
    @Id
    Long id;
    @Column(nullable = false, length = 200)
    String domain;
    @Column(length = 20)
    String status;
}
