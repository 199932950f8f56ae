package scenario;

import jakarta.persistence.*;

// Case-insensitive unique domains (an expression key) and an index over the active rows only (a partial index).
@Entity
@Table(name = "tenant", indexes = {
        @Index(name = "ux_tenant_domain_lower", columnList = "(lower(domain))", unique = true),
        @Index(name = "ix_tenant_active", columnList = "status, domain desc",
                options = "where status in ('QUEUED', 'RUNNING')")})
public class Tenant {
    @Id
    Long id;
    @Column(nullable = false, length = 200)
    String domain;
    @Column(length = 20)
    String status;
}
