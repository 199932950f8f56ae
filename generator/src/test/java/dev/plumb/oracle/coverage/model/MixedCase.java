package dev.plumb.oracle.coverage.model;

import jakarta.persistence.*;

/** Quoted identifiers that keep their case, and reserved words as table and column names. */
@Entity
@Table(name = "\"MixedCase\"")
public class MixedCase {
    @Id
    @Column(name = "\"Id\"")
    private Long id;

    @Column(name = "\"DisplayName\"", length = 50)
    private String displayName;

    @Column(name = "`user`")
    private String user;
}
