package dev.plumb.adoption.shop;

import jakarta.persistence.*;
import jakarta.validation.constraints.*;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.Set;

/** A warehouse. */
@Entity
public class Warehouse extends Auditable {

    @Column(nullable = false, length = 10, unique = true)
    private String code;
    @Column(nullable = false, length = 100)
    private String name;
}
