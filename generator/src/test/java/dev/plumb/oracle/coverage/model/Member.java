package dev.plumb.oracle.coverage.model;

import jakarta.persistence.*;

import java.time.LocalDate;

/** Named and unnamed unique constraints (one column-level), named and unnamed indexes with column order and desc. */
@Entity
@Table(uniqueConstraints = {
        @UniqueConstraint(name = "uk_member_handle", columnNames = "handle"),
        @UniqueConstraint(columnNames = {"lastName", "firstName"})},
        indexes = {
                @Index(name = "ix_member_joined", columnList = "joined desc, handle"),
                @Index(columnList = "lastName"),
                @Index(name = "ix_member_email_unique", columnList = "email", unique = true)})
public class Member {
    @Id
    private Long id;

    private String handle;
    private String firstName;
    private String lastName;
    @Column(unique = true)
    private String nickname;
    private String email;
    private LocalDate joined;
}
