package dev.plumb.oracle.coverage.camel;

import jakarta.persistence.*;

@Entity
public class SalesRegion {
    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE)
    private Long regionId;

    @Column(unique = true)
    private String regionName;
}
