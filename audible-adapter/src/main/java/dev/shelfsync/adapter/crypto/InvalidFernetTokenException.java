package dev.shelfsync.adapter.crypto;

/** A Fernet token that cannot be trusted: malformed, signed with an unknown key, expired or from the future. */
public class InvalidFernetTokenException extends RuntimeException {

    public InvalidFernetTokenException(String reason) {
        super(reason);
    }
}
