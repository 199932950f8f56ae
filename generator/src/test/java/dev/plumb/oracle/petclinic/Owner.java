package dev.plumb.oracle.petclinic;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToMany;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.Pattern;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * An owner: Bean Validation on every contact field, a one-to-many through a join column on the pet, and a
 * {@code Set} many-to-many without {@code @JoinTable}, named by the implicit naming strategy.
 */
@Entity
@Table(name = "owners")
public class Owner extends Person {
    @NotBlank
    private String address;

    @NotEmpty
    private String city;

    @NotBlank
    @Pattern(regexp = "\\d{10}")
    private String telephone;

    @Email
    private String email;

    @OneToMany(cascade = CascadeType.ALL, fetch = FetchType.EAGER)
    @JoinColumn(name = "owner_id")
    @OrderBy("name")
    private List<Pet> pets = new ArrayList<>();

    @ManyToMany
    private Set<PetType> preferredTypes = new HashSet<>();
}
