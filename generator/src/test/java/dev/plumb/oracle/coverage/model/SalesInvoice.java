package dev.plumb.oracle.coverage.model;

import jakarta.persistence.*;

import java.math.BigDecimal;

/** A table and its sequence in the schema {@code sales}, which must be created when missing. */
@Entity
@Table(name = "invoice", schema = "sales")
public class SalesInvoice {
    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "invoice_gen")
    @SequenceGenerator(name = "invoice_gen", sequenceName = "invoice_seq", schema = "sales", allocationSize = 10)
    private Long id;

    @Column(precision = 12, scale = 2, nullable = false)
    private BigDecimal total;

    /** A plain column: a foreign key from here to a default-schema table is not expressible on H2 (see below). */
    @Column(length = 3)
    private String countryCode;
}
