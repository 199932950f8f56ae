package dev.plumb.oracle.audit;

import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.Enumerated;
import jakarta.persistence.EnumType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.Id;
import jakarta.persistence.Lob;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;

import java.util.Set;

/** A definition: sequence id, a business key, a {@code @Lob} text, converted tags and a one-constant ordinal enum. */
@Entity
@Table(name = "workflow_definition")
public class WorkflowDefinition extends Auditable {
    @Id
    @GeneratedValue(generator = "definition_seq")
    @SequenceGenerator(name = "definition_seq", sequenceName = "workflow_definition_seq", allocationSize = 20)
    private Long id;

    @Column(nullable = false, unique = true, length = 80)
    private String code;

    @Lob
    private String description;

    @Convert(converter = TagsConverter.class)
    @Column(length = 500)
    private Set<String> tags;

    @Enumerated(EnumType.ORDINAL)
    private Kind kind;
}
