package dev.plumb.maven;

import java.io.Writer;
import java.util.function.Consumer;

/** A writer that hands each complete line to Maven's log as it is printed, so long runs show their progress. */
final class LogWriter extends Writer {

    private final Consumer<String> log;
    private final StringBuilder line = new StringBuilder();

    LogWriter(Consumer<String> log) {
        this.log = log;
    }

    @Override
    public void write(char[] buffer, int offset, int length) {
        for (int i = offset; i < offset + length; i++) {
            char c = buffer[i];
            if (c == '\n') {
                emit();
            } else if (c != '\r') {
                line.append(c);
            }
        }
    }

    @Override
    public void flush() {
        // a line is logged whole, when its newline arrives
    }

    @Override
    public void close() {
        if (!line.isEmpty()) {
            emit();
        }
    }

    private void emit() {
        log.accept(line.toString());
        line.setLength(0);
    }
}
