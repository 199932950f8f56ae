package scenario;

import jakarta.persistence.*;

/**
 * Names longer than PostgreSQL's 63 bytes: table, columns, an index, a unique key, an identity sequence and a foreign
 * key, all of which PostgreSQL cuts. Generating again after migrate must find nothing to do (it used to see the cut
 * table as dropped and the full name as new).
 */
@Entity
@Table(name = "shipment_line_items_awaiting_customs_clearance_at_the_destination_port",
        indexes = @Index(name = "idx_shipment_line_items_awaiting_customs_clearance_by_declared_value",
                columnList = "declared_value_in_the_currency_of_the_country_of_origin_of_the_goods"))
public class Shipment {
    @Id @GeneratedValue(strategy = GenerationType.IDENTITY)
    @Column(name = "shipment_line_item_identifier_assigned_by_the_warehouse_management_system")
    Long id;
    @Column(name = "declared_value_in_the_currency_of_the_country_of_origin_of_the_goods")
    Long declaredValue;
    @Column(name = "customs_declaration_reference_number_issued_by_the_destination_authority", unique = true,
            length = 40)
    String reference;
    @ManyToOne
    @JoinColumn(name = "queue_that_holds_this_shipment_line_item_until_customs_clearance_is_done")
    Queue queue;
}
