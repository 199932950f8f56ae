package dev.plumb.adoption.shop;

import jakarta.persistence.*;
import jakarta.validation.constraints.*;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.Set;

/** A product; its {@code Set} of categories is the join table {@code product_categories}. */
@Entity
public class Product extends Auditable {

    @Column(nullable = false, length = 40, unique = true)
    private String sku;
    @NotBlank
    @Size(max = 200)
    private String name;
    @Lob
    private String description;
    @Digits(integer = 10, fraction = 2)
    @Column(nullable = false)
    private BigDecimal price;
    @ManyToMany
    private Set<Category> categories = new HashSet<>();
}
