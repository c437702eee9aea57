package io.quotewire.ingest.domain;

import java.nio.file.Path;

/**
 * One uploaded file as received, before anything is read from it.
 *
 * @param fileName sanitised file name
 * @param path where the HTTP layer stored the bytes
 * @param size size in bytes
 */
public record Upload(String fileName, Path path, long size) {}
