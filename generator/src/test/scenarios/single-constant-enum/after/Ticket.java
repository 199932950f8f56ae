package scenario;

import jakarta.persistence.*;

/**
 * An ORDINAL enum with one constant: Hibernate checks it with {@code between 0 and 0}, which H2 stores as
 * {@code "KIND" = 0}; a double-precision column compared with {@code 0.0} comes back as {@code CAST(0 AS DECFLOAT)}.
 */
@Entity
@Table(name = "ticket")
@org.hibernate.annotations.Check(constraints = "weight >= 0.0 and not (weight > 1000) and weight != 7")
public class Ticket {
    public enum Kind { ONLY }

    @Id @GeneratedValue(strategy = GenerationType.IDENTITY)
    Long id;
    @Enumerated(EnumType.ORDINAL)
    Kind kind;
    Double weight;
}
