package vn.dtiplan.interfaces.rest;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import vn.dtiplan.application.PublicService;
import vn.dtiplan.domain.RecordNotFoundException;

/**
 * {@code GET /api/public/units/{code}}: a unit's public page as JSON, without sign-in (web.xml leaves
 * {@code /api/public/*} open; docs/architecture.md, "Public pages"). Cacheable: {@code Cache-Control}
 * public for five minutes and an entity tag; a request that holds the tag gets 304 without a body.
 */
@Tag(name = "Public")
@Path("public/units/{code}")
public class PublicResource {

    @Inject
    private PublicService publicPages;

    @Operation(summary = "A unit's public page (no sign-in)")
    @GET
    @Produces(MediaType.APPLICATION_JSON + ";charset=UTF-8")
    public Response unit(@PathParam("code") String code, @HeaderParam(HttpHeaders.IF_NONE_MATCH) String ifNoneMatch) {
        String json = PublicJson.of(publicPages.unit(code).orElseThrow(RecordNotFoundException::new));
        String etag = PublicJson.etag(json);
        Response.ResponseBuilder answer = PublicJson.matches(ifNoneMatch, etag) ? Response.notModified()
                : Response.ok(json, MediaType.APPLICATION_JSON + ";charset=UTF-8");
        return answer.header(HttpHeaders.ETAG, etag).header(HttpHeaders.CACHE_CONTROL, PublicJson.CACHE_CONTROL).build();
    }
}
