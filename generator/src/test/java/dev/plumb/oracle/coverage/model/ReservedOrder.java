package dev.plumb.oracle.coverage.model;

import jakarta.persistence.*;

/** Reserved words quoted with backticks: a table {@code order}, columns {@code group} and {@code select}. */
@Entity
@Table(name = "`order`")
public class ReservedOrder {
    @Id
    private Long id;

    @Column(name = "`group`")
    private String group;

    @ManyToOne
    @JoinColumn(name = "`select`")
    private MixedCase select;
}
