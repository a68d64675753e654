package dev.shelfsync.sandbox;

/** Thrown by handlers for invalid input; answered as 400 {@code {"message": ...}}. */
final class BadRequestException extends RuntimeException {

    BadRequestException(String message) {
        super(message);
    }
}
