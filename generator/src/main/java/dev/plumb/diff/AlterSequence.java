package dev.plumb.diff;

import dev.plumb.model.Sequence;

/** Changes a sequence's increment or start value in place. */
public record AlterSequence(Sequence from, Sequence to) implements Change {

    public AlterSequence {
        if (!from.name().equals(to.name())) {
            throw new IllegalArgumentException("AlterSequence keeps the name");
        }
    }

    @Override
    public Change inverse() {
        return new AlterSequence(to, from);
    }

    @Override
    public Safety safety() {
        return Safety.SAFE;
    }

    @Override
    public String describe() {
        return "~ sequence " + to.name() + ": start " + to.start() + ", increment " + to.increment();
    }

    @Override
    public <R> R accept(ChangeVisitor<R> visitor) {
        return visitor.visit(this);
    }
}
