package dev.plumb.sample;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/** A postal address, embedded twice in {@link Customer} (billing and shipping). */
@Embeddable
public class Address {

    @Column(length = 120)
    private String street;

    @Column(length = 80)
    private String city;

    @Column(length = 16)
    private String postalCode;

    /** ISO 3166-1 alpha-2, for example {@code DE}. */
    @Column(length = 2)
    private String countryCode;

    protected Address() {
    }

    public Address(String street, String city, String postalCode, String countryCode) {
        this.street = street;
        this.city = city;
        this.postalCode = postalCode;
        this.countryCode = countryCode;
    }

    public String getStreet() {
        return street;
    }

    public String getCity() {
        return city;
    }

    public String getPostalCode() {
        return postalCode;
    }

    public String getCountryCode() {
        return countryCode;
    }
}
