package dev.plumb.adoption.shop;

import jakarta.persistence.*;
import jakarta.validation.constraints.*;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.Set;

/** An order ({@code order} is a reserved word, so the table is {@code purchase_order}). */
@Entity
public class PurchaseOrder extends Auditable {

    @ManyToOne(optional = false)
    private Customer customer;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private OrderStatus status;
    @Column(nullable = false)
    private Instant orderedAt;
    @Column(precision = 12, scale = 2)
    private BigDecimal total;
    @ManyToOne
    private Coupon coupon;
}
