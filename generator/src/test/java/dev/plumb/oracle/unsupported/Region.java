package dev.plumb.oracle.unsupported;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;

@Entity
public class Region {
    @Id
    private Long id;
}
