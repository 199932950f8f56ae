package dev.plumb.sample;

import jakarta.persistence.AttributeOverride;
import jakarta.persistence.AttributeOverrides;
import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.OneToMany;
import jakarta.persistence.Version;
import org.hibernate.annotations.ColumnDefault;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/** A registered shopper with a billing and a shipping address. */
@Entity
public class Customer {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    /** RFC 5321 allows up to 320 characters. */
    @Column(nullable = false, unique = true, length = 320)
    private String email;

    @Column(nullable = false, length = 80)
    private String firstName;

    @Column(nullable = false, length = 80)
    private String lastName;

    @Embedded
    @AttributeOverrides({
        @AttributeOverride(name = "street", column = @Column(name = "billing_street", length = 120)),
        @AttributeOverride(name = "city", column = @Column(name = "billing_city", length = 80)),
        @AttributeOverride(name = "postalCode", column = @Column(name = "billing_postal_code", length = 16)),
        @AttributeOverride(name = "countryCode", column = @Column(name = "billing_country_code", length = 2))
    })
    private Address billingAddress;

    @Embedded
    @AttributeOverrides({
        @AttributeOverride(name = "street", column = @Column(name = "shipping_street", length = 120)),
        @AttributeOverride(name = "city", column = @Column(name = "shipping_city", length = 80)),
        @AttributeOverride(name = "postalCode", column = @Column(name = "shipping_postal_code", length = 16)),
        @AttributeOverride(name = "countryCode", column = @Column(name = "shipping_country_code", length = 2))
    })
    private Address shippingAddress;

    @ColumnDefault("false")
    @Column(nullable = false)
    private boolean marketingOptIn;

    @Column(nullable = false)
    private Instant registeredAt;

    @Version
    private int version;

    @OneToMany(mappedBy = "customer")
    private List<Order> orders = new ArrayList<>();

    protected Customer() {
    }

    public Customer(String email, String firstName, String lastName) {
        this.email = email;
        this.firstName = firstName;
        this.lastName = lastName;
        this.registeredAt = Instant.now();
    }

    public Long getId() {
        return id;
    }

    public String getEmail() {
        return email;
    }

    public Address getBillingAddress() {
        return billingAddress;
    }

    public void setBillingAddress(Address billingAddress) {
        this.billingAddress = billingAddress;
    }

    public Address getShippingAddress() {
        return shippingAddress;
    }

    public void setShippingAddress(Address shippingAddress) {
        this.shippingAddress = shippingAddress;
    }

    public List<Order> getOrders() {
        return orders;
    }
}
