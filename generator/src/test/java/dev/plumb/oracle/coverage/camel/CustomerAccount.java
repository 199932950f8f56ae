package dev.plumb.oracle.coverage.camel;

import jakarta.persistence.*;

import java.time.LocalDate;
import java.util.Set;

@Entity
@Table(indexes = @Index(columnList = "lastName, firstName"))
public class CustomerAccount {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long accountId;

    private String firstName;
    private String lastName;
    private LocalDate openedOn;

    @ManyToOne
    private SalesRegion homeRegion;

    @ElementCollection
    private Set<String> phoneNumbers;
}
