package dev.plumb.scenario;

import java.util.List;

/**
 * The mapping cases of issue 3 that the coverage model ({@code dev.plumb.oracle.coverage.model}) holds, each with
 * the table or column (as PostgreSQL stores the name) or sequence that shows it. {@link MappingCasesTest} checks that
 * every one is in the schema read from the model; {@link MappingCoverageOracleTest} runs the oracle over all of them.
 * The naming strategies are the two variants of {@code dev.plumb.oracle.coverage.camel} in {@link CoverageModel}.
 */
final class MappingCases {

    /** @param where {@code table}, {@code table.column} or {@code sequence:name}; a schema prefix as {@code ns/} */
    record MappingCase(String mapping, String where) {
    }

    static final List<MappingCase> ALL = List.of(
            new MappingCase("String id of fixed length (char(3))", "country.isocode"),
            new MappingCase("UUID id, GenerationType.UUID", "uuiddocument.id"),
            new MappingCase("UUID id, @UuidGenerator", "uuidticket.id"),
            new MappingCase("IDENTITY id", "identitynote.id"),
            new MappingCase("SEQUENCE id, allocationSize 20 -> increment, initialValue -> start", "sequence:event_seq"),
            new MappingCase("AUTO id -> <Entity>_SEQ", "sequence:autocounter_seq"),
            new MappingCase("TABLE generator table", "hibernate_sequences"),
            new MappingCase("sequence in a non-default schema", "sequence:sales/invoice_seq"),
            new MappingCase("@Table(schema) created when missing", "sales/invoice"),
            new MappingCase("varchar(255) default length", "basictypes.defaultvarchar"),
            new MappingCase("varchar(40)", "basictypes.shortvarchar"),
            new MappingCase("varchar(4000)", "identitynote.body"),
            new MappingCase("text via columnDefinition", "basictypes.longtext"),
            new MappingCase("char (primitive)", "basictypes.initial"),
            new MappingCase("Character", "basictypes.grade"),
            new MappingCase("int", "basictypes.primitiveint"),
            new MappingCase("Integer (nullable)", "basictypes.boxedint"),
            new MappingCase("long", "basictypes.primitivelong"),
            new MappingCase("short", "basictypes.smallnumber"),
            new MappingCase("byte", "basictypes.tinynumber"),
            new MappingCase("numeric(12,3)", "basictypes.exactamount"),
            new MappingCase("BigDecimal default numeric(38,2)", "basictypes.defaultdecimal"),
            new MappingCase("BigInteger", "basictypes.biginteger"),
            new MappingCase("double", "basictypes.doublevalue"),
            new MappingCase("float", "basictypes.floatvalue"),
            new MappingCase("boolean", "basictypes.active"),
            new MappingCase("Boolean (nullable)", "basictypes.optionalflag"),
            new MappingCase("UUID column", "basictypes.externalid"),
            new MappingCase("date", "temporaltypes.calendarday"),
            new MappingCase("time", "temporaltypes.clock"),
            new MappingCase("timestamp(6)", "temporaltypes.localstamp"),
            new MappingCase("timestamp(3) via secondPrecision", "temporaltypes.millisstamp"),
            new MappingCase("Instant -> timestamp with time zone", "temporaltypes.instant"),
            new MappingCase("OffsetDateTime", "temporaltypes.offsetstamp"),
            new MappingCase("ZonedDateTime", "temporaltypes.zonedstamp"),
            new MappingCase("timestamp(0) with time zone", "temporaltypes.secondsstamp"),
            new MappingCase("Duration", "temporaltypes.elapsed"),
            new MappingCase("byte[]", "binaryandstructured.checksum"),
            new MappingCase("@Lob String (oid on PostgreSQL)", "binaryandstructured.manual"),
            new MappingCase("@Lob byte[]", "binaryandstructured.scan"),
            new MappingCase("JSON via @JdbcTypeCode(SqlTypes.JSON)", "binaryandstructured.attributes"),
            new MappingCase("String[] array", "binaryandstructured.tags"),
            new MappingCase("int[] array", "binaryandstructured.scores"),
            new MappingCase("enum STRING (check / native enum)", "account.status"),
            new MappingCase("enum ORDINAL (range check)", "account.ordinalstatus"),
            new MappingCase("enum without @Enumerated", "account.implicitstatus"),
            new MappingCase("@ColumnDefault string", "setting.state"),
            new MappingCase("@ColumnDefault number", "setting.attempts"),
            new MappingCase("@ColumnDefault boolean", "setting.enabled"),
            new MappingCase("@ColumnDefault current_timestamp", "setting.created"),
            new MappingCase("columnDefinition type", "setting.ratio"),
            new MappingCase("columnDefinition with its own default", "setting.flavour"),
            new MappingCase("@Check on the class and a column; JPA 3.2 @CheckConstraint", "pricerange"),
            new MappingCase("@Version Long", "uuiddocument.version"),
            new MappingCase("@Version int", "uuidticket.version"),
            new MappingCase("@ManyToOne with explicit FK name", "book.author_id"),
            new MappingCase("@ManyToOne with generated FK name", "book.genre_id"),
            new MappingCase("@ManyToOne with @OnDelete(CASCADE)", "book.origin_isocode"),
            new MappingCase("@OneToOne (unique FK)", "book.cover_id"),
            new MappingCase("@ManyToMany with named join table", "author_genre"),
            new MappingCase("@ManyToMany self-reference, implicit names", "genre_genre"),
            new MappingCase("@ElementCollection of strings", "author_alias.alias"),
            new MappingCase("@ElementCollection with @OrderColumn", "genre_ranks.ranks_order"),
            new MappingCase("@Embedded", "contact.street"),
            new MappingCase("@Embedded with @AttributeOverrides", "contact.work_street"),
            new MappingCase("@EmbeddedId", "shipment.ordernumber"),
            new MappingCase("@IdClass", "enrollment.studentid"),
            new MappingCase("composite foreign key", "grade.student_id"),
            new MappingCase("SINGLE_TABLE with discriminator and its check", "vehicle.vehicle_type"),
            new MappingCase("JOINED", "cardpayment.id"),
            new MappingCase("TABLE_PER_CLASS", "dog.name"),
            new MappingCase("named unique constraint and unnamed two-column unique", "member.handle"),
            new MappingCase("column-level unique", "member.nickname"),
            new MappingCase("named index with column order and desc; unnamed index; unique index", "member.joined"),
            new MappingCase("quoted identifiers keeping their case", "MixedCase.DisplayName"),
            new MappingCase("reserved words as table and column names", "order.group"),
            new MappingCase("reserved word as join column", "order.select"));

    private MappingCases() {
    }
}
