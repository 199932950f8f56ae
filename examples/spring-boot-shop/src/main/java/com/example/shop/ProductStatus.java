package com.example.shop;

public enum ProductStatus {
    DRAFT, ON_SALE, DISCONTINUED
}
