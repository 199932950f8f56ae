package dev.plumb.adoption.shop;

import jakarta.persistence.*;
import jakarta.validation.constraints.*;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.Set;

/** A customer's review of a product. */
@Entity
public class Review extends Auditable {

    @ManyToOne(optional = false)
    private Product product;
    @ManyToOne
    private Customer customer;
    @Min(1)
    @Max(5)
    private int rating;
    @Column(length = 2000)
    private String body;
}
