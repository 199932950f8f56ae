package com.example.shop;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.Id;
import jakarta.persistence.ManyToOne;

@Entity
public class OrderLine {

    @Id
    @GeneratedValue
    private Long id;

    @ManyToOne(optional = false)
    private PurchaseOrder purchaseOrder;

    @ManyToOne(optional = false)
    private Product product;

    @Column(nullable = false)
    private int quantity;
}
