package com.example.shop;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.ManyToMany;

import java.util.Set;

@Entity
public class Product {

    @Id
    private Long id;

    private Integer unitPrice;

    @ManyToMany
    private Set<Category> categories;
}
