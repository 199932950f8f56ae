package dev.plumb.oracle.audit;

/** Stored by name. */
public enum RunState {
    QUEUED, RUNNING, SUCCEEDED, FAILED
}
