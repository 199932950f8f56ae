package dev.plumb.adoption.shop;

import jakarta.persistence.*;
import jakarta.validation.constraints.*;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.Set;

/** A payment for an order. */
@Entity
public class Payment extends Auditable {

    @ManyToOne(optional = false)
    private PurchaseOrder purchaseOrder;
    @Column(nullable = false, precision = 12, scale = 2)
    private BigDecimal amount;
    @Enumerated(EnumType.STRING)
    @Column(length = 20)
    private PaymentMethod method;
    private Instant paidAt;
}
