package dev.plumb.adoption.shop;

import jakarta.persistence.*;
import jakarta.validation.constraints.*;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.Set;

/** What a back-office user did. */
@Entity
public class AuditLogEntry extends Auditable {

    @ManyToOne
    private AppUser actor;
    @Column(nullable = false, length = 50)
    private String action;
    @Lob
    private String details;
}
