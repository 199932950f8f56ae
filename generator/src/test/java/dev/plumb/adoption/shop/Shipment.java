package dev.plumb.adoption.shop;

import jakarta.persistence.*;
import jakarta.validation.constraints.*;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.Set;

/** A shipment of an order. */
@Entity
public class Shipment extends Auditable {

    @ManyToOne(optional = false)
    private PurchaseOrder purchaseOrder;
    @Column(length = 50)
    private String carrier;
    @Column(length = 100)
    private String trackingNumber;
    private Instant shippedAt;
}
