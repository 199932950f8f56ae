package scenario;

import jakarta.persistence.*;

@Entity
@Table(name = "reading")
public class Reading {
    @Id
    Long id;
    @Column(name = "score")
    Integer score;
    @Column(name = "created")
    Integer created;
    @Column(name = "low")
    Integer low;
    @Column(name = "high")
    Integer high;
}
