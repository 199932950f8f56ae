package dev.plumb.adoption.shop;

import jakarta.persistence.*;
import jakarta.validation.constraints.*;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.Set;

/** An image of a product. */
@Entity
public class ProductImage extends Auditable {

    @ManyToOne(optional = false)
    private Product product;
    @Column(nullable = false, length = 500)
    private String url;
    private int position;
}
