package dev.plumb.oracle.coverage.model;

import jakarta.persistence.*;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** A String id of fixed length: {@code char(3)}. */
@Entity
public class Country {
    @Id
    @JdbcTypeCode(SqlTypes.CHAR)
    @Column(length = 3)
    private String isoCode;

    @Column(nullable = false, length = 80)
    private String name;
}
