package io.quotewire.query.service;

/** Something the request named by id does not exist; the API answers 404. */
public class NotFoundException extends RuntimeException {

    public NotFoundException(String message) {
        super(message);
    }
}
