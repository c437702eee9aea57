package io.quotewire.query.rest;

/** A query parameter the API cannot accept; answered with 400 and this message as the detail. */
public class InvalidParameterException extends RuntimeException {

    public InvalidParameterException(String message) {
        super(message);
    }
}
