package scenario;

import jakarta.persistence.*;

@Entity
@Table(name = "`order`")
public class Order {
    @Id @GeneratedValue(strategy = GenerationType.IDENTITY)
    Long id;
    @Column(name = "`user`", length = 50)
    String user;
}
