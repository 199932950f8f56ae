package scenario;

import jakarta.persistence.*;

@Entity
@Table(name = "flow")
public class Flow {
    @Id @GeneratedValue(strategy = GenerationType.IDENTITY)
    Long id;
    @Column(name = "display_name", length = 100)
    String displayName;
}
