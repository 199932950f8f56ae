package dev.plumb.sample;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import org.hibernate.annotations.ColumnDefault;

import java.math.BigDecimal;
import java.time.LocalDate;

/** A discount code a customer can redeem on an {@link Order}. */
@Entity
public class Coupon {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "coupon_seq")
    @SequenceGenerator(name = "coupon_seq", sequenceName = "coupon_seq", allocationSize = 50)
    private Long id;

    @Column(nullable = false, unique = true, length = 32)
    private String code;

    /** For example 15.00 for fifteen percent off. */
    @Column(nullable = false, precision = 5, scale = 2)
    private BigDecimal discountPercent;

    @Column(nullable = false)
    private LocalDate validFrom;

    private LocalDate validUntil;

    @ColumnDefault("true")
    @Column(nullable = false)
    private boolean active = true;

    protected Coupon() {
    }

    public Coupon(String code, BigDecimal discountPercent, LocalDate validFrom) {
        this.code = code;
        this.discountPercent = discountPercent;
        this.validFrom = validFrom;
    }

    public Long getId() {
        return id;
    }

    public String getCode() {
        return code;
    }
}
