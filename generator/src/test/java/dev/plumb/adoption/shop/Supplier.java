package dev.plumb.adoption.shop;

import jakarta.persistence.*;
import jakarta.validation.constraints.*;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.Set;

/** A supplier. */
@Entity
public class Supplier extends Auditable {

    @Column(nullable = false, length = 150)
    private String name;
    @Email
    @Column(length = 150)
    private String contactEmail;
}
