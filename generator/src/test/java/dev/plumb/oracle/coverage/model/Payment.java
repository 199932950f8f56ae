package dev.plumb.oracle.coverage.model;

import jakarta.persistence.*;

/** JOINED inheritance: the subclass table's key is a foreign key to this one. */
@Entity
@Inheritance(strategy = InheritanceType.JOINED)
public class Payment {
    @Id
    private Long id;

    private java.math.BigDecimal amount;
}
