package io.quotewire.query.web;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

/** The HTML answer of a page that cannot be shown, e.g. an article id nobody ingested; never a stack trace. */
public final class ErrorPage {

    private ErrorPage() {}

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance error(int status, String title, String detail);
    }

    /** A response with {@code status} whose HTML page says what went wrong. */
    static Response of(int status, String title, String detail) {
        return Response.status(status).type(MediaType.TEXT_HTML_TYPE.withCharset("UTF-8"))
                .entity(Templates.error(status, title, detail)).build();
    }
}
