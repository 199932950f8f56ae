package dev.plumb.adoption.shop;

import jakarta.persistence.*;
import jakarta.validation.constraints.*;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.Set;

/** A discount coupon. */
@Entity
public class Coupon extends Auditable {

    @Column(nullable = false, length = 30, unique = true)
    private String code;
    @Min(1)
    @Max(90)
    private int discountPercent;
    private LocalDate validUntil;
}
