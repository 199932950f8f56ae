package scenario;

import dev.plumb.annotations.RenamedFrom;
import jakarta.persistence.*;

@Entity
@Table(name = "customer")
public class Customer {
    @Id @GeneratedValue(strategy = GenerationType.IDENTITY)
    Long id;
    @RenamedFrom("display_name")
    @Column(name = "full_name", length = 100, unique = true)
    String fullName;
}
