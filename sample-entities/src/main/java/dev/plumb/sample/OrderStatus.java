package dev.plumb.sample;

/** Where an {@link Order} is in its life; stored by name. */
public enum OrderStatus {
    PENDING,
    PAID,
    SHIPPED,
    DELIVERED,
    CANCELLED
}
