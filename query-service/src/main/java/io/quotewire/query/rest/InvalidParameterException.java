package io.quotewire.query.rest;

import io.quotewire.support.problem.HttpProblem;
import io.quotewire.support.problem.ProblemException;

/** A query parameter the API cannot accept; answered with 400 and this message as the detail. */
public class InvalidParameterException extends ProblemException {

    public InvalidParameterException(String message) {
        super(HttpProblem.INVALID_PARAMETER, message);
    }
}
