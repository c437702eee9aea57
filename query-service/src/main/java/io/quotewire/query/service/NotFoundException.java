package io.quotewire.query.service;

import io.quotewire.support.problem.HttpProblem;
import io.quotewire.support.problem.ProblemException;

/** Something the request named by id does not exist; the API answers 404 (the web pages their HTML 404). */
public class NotFoundException extends ProblemException {

    public NotFoundException(String message) {
        super(HttpProblem.NOT_FOUND, message);
    }
}
