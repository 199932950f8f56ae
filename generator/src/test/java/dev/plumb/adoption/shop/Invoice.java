package dev.plumb.adoption.shop;

import jakarta.persistence.*;
import jakarta.validation.constraints.*;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.Set;

/** An invoice for an order. */
@Entity
public class Invoice extends Auditable {

    @OneToOne(optional = false)
    private PurchaseOrder purchaseOrder;
    @Column(nullable = false, length = 30, unique = true)
    private String number;
    @Column(nullable = false)
    private LocalDate issuedOn;
}
