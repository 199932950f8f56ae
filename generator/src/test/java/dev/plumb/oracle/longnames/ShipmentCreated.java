package dev.plumb.oracle.longnames;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

@Entity
@Table(name = "shipment_line_items_awaiting_customs_clearance_at_the_destination_created")
public class ShipmentCreated {
    @Id
    private Long id;
}
