package dev.plumb.oracle.coverage.model;

import jakarta.persistence.*;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.UUID;

/** Every standard non-temporal basic type, boxed and primitive. */
@Entity
public class BasicTypes {
    @Id
    private Long id;

    private String defaultVarchar;
    @Column(length = 40)
    private String shortVarchar;
    @Column(columnDefinition = "text")
    private String longText;
    private char initial;
    private Character grade;
    private int primitiveInt;
    private Integer boxedInt;
    private long primitiveLong;
    private short smallNumber;
    private byte tinyNumber;
    @Column(precision = 12, scale = 3)
    private BigDecimal exactAmount;
    private BigDecimal defaultDecimal;
    private BigInteger bigInteger;
    private double doubleValue;
    private float floatValue;
    private boolean active;
    private Boolean optionalFlag;
    private UUID externalId;
}
