package dev.plumb.oracle.coverage.model;

import jakarta.persistence.*;

/** {@code @Embedded} twice, one with {@code @AttributeOverrides}. */
@Entity
public class Contact {
    @Id
    private Long id;

    @Embedded
    private Address home;

    @Embedded
    @AttributeOverrides({
            @AttributeOverride(name = "street", column = @Column(name = "work_street", length = 100)),
            @AttributeOverride(name = "zip", column = @Column(name = "work_zip", length = 12))})
    private Address work;
}
