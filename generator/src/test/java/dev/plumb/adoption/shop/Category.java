package dev.plumb.adoption.shop;

import jakarta.persistence.*;
import jakarta.validation.constraints.*;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.Set;

/** A product category, in a tree. */
@Entity
public class Category extends Auditable {

    @Column(nullable = false, length = 100, unique = true)
    private String name;
    @ManyToOne
    private Category parent;
}
