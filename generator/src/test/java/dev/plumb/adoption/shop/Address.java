package dev.plumb.adoption.shop;

import jakarta.persistence.*;
import jakarta.validation.constraints.*;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.Set;

/** A customer's address. */
@Entity
public class Address extends Auditable {

    @ManyToOne(optional = false)
    private Customer customer;
    @Column(nullable = false, length = 200)
    private String street;
    @Column(nullable = false, length = 100)
    private String city;
    @Column(length = 20)
    private String postalCode;
    @Column(length = 2)
    private String country;
}
