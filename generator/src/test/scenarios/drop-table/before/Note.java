package scenario;

import jakarta.persistence.*;

@Entity
@Table(name = "note", indexes = @Index(name = "idx_note_body", columnList = "body"))
public class Note {
    @Id @GeneratedValue(strategy = GenerationType.IDENTITY)
    Long id;
    @Column(length = 500)
    String body;
    @ManyToOne(optional = false)
    @JoinColumn(name = "customer_id", foreignKey = @ForeignKey(name = "fk_note_customer"))
    Customer customer;
}
