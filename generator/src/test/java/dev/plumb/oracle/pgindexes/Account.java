package dev.plumb.oracle.pgindexes;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Index;
import jakarta.persistence.Table;

/** Unique e-mail addresses whatever their case, and an index over the rows still in work. */
@Entity
@Table(name = "account", indexes = {
        @Index(name = "ux_account_email_lower", columnList = "(lower(email))", unique = true),
        @Index(name = "ix_account_pending", columnList = "state, created_on desc",
                options = "where state in ('QUEUED', 'RUNNING')")})
public class Account {
    @Id
    private Long id;

    @Column(nullable = false, length = 320)
    private String email;

    @Enumerated(EnumType.STRING)
    @Column(length = 20)
    private State state;

    @Column(name = "created_on")
    private java.time.LocalDate createdOn;

    /** The account's state. */
    public enum State { QUEUED, RUNNING, DONE }
}
