package dev.plumb.oracle.petclinic;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;

import java.math.BigDecimal;
import java.time.LocalDate;

/** A visit: Bean Validation ranges and digits, which Hibernate turns into checks and precision. */
@Entity
@Table(name = "visits")
public class Visit extends BaseEntity {
    @Column(name = "visit_date")
    @NotNull
    private LocalDate date;

    @NotBlank
    private String description;

    @Min(1)
    @Max(5)
    private Integer urgency;

    @Digits(integer = 6, fraction = 2)
    @DecimalMin("0.00")
    @DecimalMax("99999.99")
    private BigDecimal fee;
}
