package dev.plumb.oracle.coverage.model;

import jakarta.persistence.*;

import java.io.Serializable;

/** An {@code @EmbeddedId}. */
@Embeddable
public class ShipmentKey implements Serializable {
    private Long orderNumber;
    private Integer lineNumber;
}
