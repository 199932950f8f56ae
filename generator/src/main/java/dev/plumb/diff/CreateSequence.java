package dev.plumb.diff;

import dev.plumb.model.Sequence;

/** Creates a free-standing sequence (Hibernate's {@code SEQUENCE} ids). */
public record CreateSequence(Sequence sequence) implements Change {

    @Override
    public Change inverse() {
        return new DropSequence(sequence);
    }

    @Override
    public Safety safety() {
        return Safety.SAFE;
    }

    @Override
    public String describe() {
        return "+ sequence " + sequence.name();
    }

    @Override
    public <R> R accept(ChangeVisitor<R> visitor) {
        return visitor.visit(this);
    }
}
