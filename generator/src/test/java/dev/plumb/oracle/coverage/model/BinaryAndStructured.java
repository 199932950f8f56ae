package dev.plumb.oracle.coverage.model;

import jakarta.persistence.*;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

import java.util.Map;

/** {@code byte[]}, {@code @Lob} text and binary ({@code oid} on PostgreSQL), JSON, and a basic array. */
@Entity
public class BinaryAndStructured {
    @Id
    private Long id;

    private byte[] checksum;
    @Lob
    private String manual;
    @Lob
    private byte[] scan;
    @JdbcTypeCode(SqlTypes.JSON)
    private Map<String, Object> attributes;
    private String[] tags;
    private int[] scores;
}
