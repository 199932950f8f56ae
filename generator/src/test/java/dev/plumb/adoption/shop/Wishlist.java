package dev.plumb.adoption.shop;

import jakarta.persistence.*;
import jakarta.validation.constraints.*;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.Set;

/** A customer's wishlist. */
@Entity
public class Wishlist extends Auditable {

    @ManyToOne(optional = false)
    private Customer customer;
    @Column(nullable = false, length = 100)
    private String name;
}
