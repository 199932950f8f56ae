package dev.plumb.oracle.coverage.model;

import jakarta.persistence.*;

/** A composite key through {@code @EmbeddedId}. */
@Entity
public class Shipment {
    @EmbeddedId
    private ShipmentKey key;

    private int quantity;
}
