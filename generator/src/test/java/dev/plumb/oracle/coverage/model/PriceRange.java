package dev.plumb.oracle.coverage.model;

import jakarta.persistence.*;
import org.hibernate.annotations.Check;

/** Hibernate's {@code @Check} on the class and a column, and a JPA 3.2 named {@code @CheckConstraint}. */
@Entity
@Check(constraints = "low >= 0")
@Table(check = @CheckConstraint(name = "ck_price_range_order", constraint = "low <= high"))
public class PriceRange {
    @Id
    private Long id;

    private int low;
    private int high;
    @Check(constraints = "discount between 0 and 100")
    private int discount;
}
