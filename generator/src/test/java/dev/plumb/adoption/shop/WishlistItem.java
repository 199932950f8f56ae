package dev.plumb.adoption.shop;

import jakarta.persistence.*;
import jakarta.validation.constraints.*;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.Set;

/** A product on a wishlist. */
@Entity
public class WishlistItem extends Auditable {

    @ManyToOne(optional = false)
    private Wishlist wishlist;
    @ManyToOne(optional = false)
    private Product product;
}
