package dev.plumb.oracle.coverage.model;

import jakarta.persistence.*;

@Entity
public class CardPayment extends Payment {
    @Column(length = 19)
    private String cardNumber;
}
