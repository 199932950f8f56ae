package dev.plumb.dialect;

/**
 * A dialect could not provide a server for scratch databases (say, no embedded binaries for this platform). The
 * message is one line naming what is missing and the way around it; the scratch package reports it as an
 * unreachable database.
 */
public class ScratchServerException extends RuntimeException {

    public ScratchServerException(String message, Throwable cause) {
        super(message, cause);
    }
}
