package dev.plumb.oracle.audit;

import jakarta.persistence.Column;
import jakarta.persistence.MappedSuperclass;
import jakarta.persistence.Version;

import java.time.Instant;

/** The audit columns every entity inherits, as Spring Data's auditing base classes have them. */
@MappedSuperclass
public abstract class Auditable {
    @Version
    private int version;

    @Column(nullable = false, updatable = false)
    private Instant createdAt;

    @Column(length = 100, updatable = false)
    private String createdBy;

    private Instant updatedAt;

    @Column(length = 100)
    private String updatedBy;
}
