package dev.plumb.oracle.coverage.model;

import jakarta.persistence.*;
import org.hibernate.annotations.ColumnDefault;

import java.time.LocalDateTime;

/** {@code @ColumnDefault} of every literal kind and {@code columnDefinition} types. */
@Entity
public class Setting {
    @Id
    private Long id;

    @ColumnDefault("'draft'")
    private String state;
    @ColumnDefault("0")
    private int attempts;
    @ColumnDefault("true")
    private boolean enabled;
    @ColumnDefault("current_timestamp")
    private LocalDateTime created;
    @Column(columnDefinition = "numeric(8,2)")
    private java.math.BigDecimal ratio;
    @Column(columnDefinition = "varchar(20) default 'none'")
    private String flavour;
}
