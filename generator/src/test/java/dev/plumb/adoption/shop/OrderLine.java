package dev.plumb.adoption.shop;

import jakarta.persistence.*;
import jakarta.validation.constraints.*;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.Set;

/** A line of an order. */
@Entity
public class OrderLine extends Auditable {

    @ManyToOne(optional = false)
    private PurchaseOrder purchaseOrder;
    @ManyToOne(optional = false)
    private Product product;
    @Min(1)
    private int quantity;
    @Column(nullable = false, precision = 12, scale = 2)
    private BigDecimal unitPrice;
}
