package dev.plumb.adoption.shop;

import jakarta.persistence.*;
import jakarta.validation.constraints.*;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.Set;

/** A customer's opt-in per channel; the long class name makes a long table name. */
@Entity
public class CustomerPreferenceSettingForNotificationChannel extends Auditable {

    @ManyToOne(optional = false)
    private Customer customer;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 10)
    private Channel channel;
    private boolean enabled;
}
