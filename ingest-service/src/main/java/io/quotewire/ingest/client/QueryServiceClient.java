package io.quotewire.ingest.client;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.rest.client.inject.RegisterRestClient;

/** REST client of query-service, used only to ask whether an article is already known. */
@RegisterRestClient(configKey = "query-service")
@Path("/articles")
public interface QueryServiceClient {

    /** The article with {@code id}; an unknown id answers 404 (raised as a WebApplicationException). */
    @GET
    @Path("/{id}")
    Response article(@PathParam("id") String id);
}
