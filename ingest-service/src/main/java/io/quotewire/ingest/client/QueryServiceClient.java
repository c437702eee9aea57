package io.quotewire.ingest.client;

import io.smallrye.mutiny.Uni;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.rest.client.inject.RegisterRestClient;

/** REST client of query-service, used only to ask whether an article is already known. */
@RegisterRestClient(configKey = "query-service")
@Path("/articles")
public interface QueryServiceClient {

    /** The article with {@code id}, without blocking; an unknown id answers 404 (a WebApplicationException failure). */
    @GET
    @Path("/{id}")
    Uni<Response> article(@PathParam("id") String id);
}
