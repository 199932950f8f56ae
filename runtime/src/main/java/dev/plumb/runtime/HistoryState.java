package dev.plumb.runtime;

/** The {@code state} column of the history table. */
enum HistoryState {
    /** Applied completely. */
    APPLIED,
    /** A non-transactional migration that started and has not finished: running now, or its process died. */
    PARTIAL,
    /** A non-transactional migration stopped by a failing statement; the statements before it stay applied. */
    FAILED,
    /** A partial or failed migration acknowledged by {@code repair}: {@code migrate} resumes it. */
    RESUME,
    /** The version a database created by other means was adopted at; nothing ran. */
    BASELINE
}
