package vn.dtiplan.interfaces.rest;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import vn.dtiplan.application.ApiTokenService;
import vn.dtiplan.domain.DomainRuleException;
import vn.dtiplan.domain.VietnamTime;
import vn.dtiplan.domain.account.ApiToken;

/**
 * {@code POST /api/tokens} {@code {"name","expires"?}} → 201 {@code {"id","token"}} (the secret,
 * shown this once; {@code expires} is the last day it works, default 90 days, at most a year);
 * {@code GET /api/tokens}; {@code DELETE /api/tokens/{id}} → 204. The caller's own tokens only.
 */
@Tag(name = "Tokens")
@Path("tokens")
@Produces(MediaType.APPLICATION_JSON + ";charset=UTF-8")
public class TokenResource {

    /** The request: a name, and optionally the last day ({@code YYYY-MM-DD}). */
    public record NewToken(
            @NotNull @Size(min = 1, max = ApiToken.MAX_NAME) String name,
            @Pattern(regexp = "\\d{4}-\\d{2}-\\d{2}") String expires) {
    }

    /** The answer to a creation: the token's id and its secret. */
    public record Created(long id, String token, String name, LocalDate expires) {
    }

    /** A token as listed: never its secret. */
    public record Listed(long id, String name, Instant created, LocalDate expires) {

        static Listed of(ApiToken t) {
            return new Listed(t.id(), t.name(), t.createdAt(), lastDay(t));
        }
    }

    @Inject
    private ApiTokenService tokens;

    @Operation(summary = "Create an API token (shown once)")

    @APIResponse(responseCode = "201", description = "The token; its secret is shown this once", content = @Content(schema = @Schema(implementation = Created.class)))
    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    public Response create(@Valid @NotNull NewToken body) {
        ApiTokenService.Issued issued = tokens.create(body.name(), date(body.expires()));
        return Response.status(201).entity(new Created(issued.id(), issued.secret(), issued.token().name(),
                lastDay(issued.token()))).build();
    }

    @Operation(summary = "The caller's API tokens")
    @GET
    public List<Listed> list() {
        return tokens.list().stream().map(Listed::of).toList();
    }

    @Operation(summary = "Revoke an API token")
    @DELETE
    @Path("{id: [0-9]+}")
    public Response revoke(@PathParam("id") long id) {
        tokens.revoke(id);
        return Response.noContent().build();
    }

    private static LocalDate date(String text) {
        try {
            return text == null ? null : LocalDate.parse(text);
        } catch (DateTimeParseException e) {
            throw new DomainRuleException("token.expires.invalid");
        }
    }

    private static LocalDate lastDay(ApiToken t) {
        return VietnamTime.dateOf(t.expiresAt().minusNanos(1));
    }
}
