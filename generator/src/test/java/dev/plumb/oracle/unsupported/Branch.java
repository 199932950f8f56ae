package dev.plumb.oracle.unsupported;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

@Entity
@Table(schema = "branches")
public class Branch {
    @Id
    private Long id;

    @ManyToOne
    private Region region;
}
