package dev.plumb.oracle.coverage.model;

import jakarta.persistence.*;
import org.hibernate.annotations.UuidGenerator;

import java.util.UUID;

/** A UUID id from Hibernate's {@code @UuidGenerator}; an {@code int} version. */
@Entity
public class UuidTicket {
    @Id
    @UuidGenerator(style = UuidGenerator.Style.TIME)
    private UUID id;

    @Version
    private int version;
}
