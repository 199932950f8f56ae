package dev.plumb.diff;

import dev.plumb.model.Sequence;

/** Drops a sequence. Its current value is lost: recreated, it starts again from its start value. */
public record DropSequence(Sequence sequence) implements Change {

    @Override
    public Change inverse() {
        return new CreateSequence(sequence);
    }

    @Override
    public Safety safety() {
        return Safety.DATA_LOSS;
    }

    @Override
    public String describe() {
        return "- sequence " + sequence.name();
    }

    @Override
    public <R> R accept(ChangeVisitor<R> visitor) {
        return visitor.visit(this);
    }
}
