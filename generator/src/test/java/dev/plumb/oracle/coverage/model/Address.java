package dev.plumb.oracle.coverage.model;

import jakarta.persistence.*;

/** An embeddable used twice, renamed with {@code @AttributeOverrides}. */
@Embeddable
public class Address {
    private String street;
    @Column(length = 10)
    private String zip;
}
