package io.quotewire.nlp.corenlp;

/** The CoreNLP models are not (yet) loaded, so nothing can be annotated now; retrying later may succeed. */
public class PipelineUnavailableException extends RuntimeException {

    public PipelineUnavailableException(String message, Throwable cause) {
        super(message, cause);
    }
}
