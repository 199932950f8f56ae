package dev.plumb.adoption.shop;

import jakarta.persistence.*;
import jakarta.validation.constraints.*;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.Set;

/** A customer; Flyway's schema has {@code email varchar(255)} where the entity says 120. */
@Entity
public class Customer extends Auditable {

    @NotBlank
    @Size(max = 120)
    @Column(unique = true)
    private String email;
    @NotBlank
    @Size(max = 80)
    private String firstName;
    @NotBlank
    @Size(max = 80)
    private String lastName;
    @Enumerated(EnumType.STRING)
    @Column(length = 20)
    private CustomerStatus status;
}
