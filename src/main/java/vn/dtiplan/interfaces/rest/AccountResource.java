package vn.dtiplan.interfaces.rest;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import jakarta.inject.Inject;
import jakarta.json.bind.annotation.JsonbNillable;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import java.util.Set;
import vn.dtiplan.application.AccountChange;
import vn.dtiplan.application.AccountService;
import vn.dtiplan.application.AccountView;
import vn.dtiplan.application.NewAccount;
import vn.dtiplan.application.UnitService;
import vn.dtiplan.domain.account.Role;

/**
 * {@code /api/accounts}: the accounts of the caller's subtree, opened and changed by the system
 * administrator or by a unit's officials with roles no higher than their own (docs/api.md). An
 * account answers its {@code version}; {@code PATCH} honours {@code If-Match} (412 when the
 * account changed since) and answers the new version as {@code ETag}.
 */
@Tag(name = "Accounts")
@Path("accounts")
@Produces(MediaType.APPLICATION_JSON + ";charset=UTF-8")
public class AccountResource {

    /** The body of {@code POST /accounts}; {@code department} is a department's id or name in the unit. */
    public record NewAccountJson(@NotBlank @Size(max = 64) String username, @NotBlank @Size(max = 200) String password,
                                 @NotBlank @PlainText @Size(max = 200) String fullName, @Size(max = 16) String unitCode,
                                 @NotEmpty Set<Role> roles, @PlainText @Size(max = 200) String department) {
    }

    /** The body of {@code PATCH /accounts/{username}}; a missing field is left as it is. */
    public record AccountChangeJson(Boolean enabled, @Size(min = 1) Set<Role> roles, @Size(max = 200) String password,
                                    @Size(min = 1, max = 16) String unitCode) {
    }

    /** An account as answered (never its password). */
    @JsonbNillable
    public record AccountJson(String username, String fullName, String unitCode, String unitName, String department,
                              Set<Role> roles, boolean enabled, long version) {

        static AccountJson of(AccountView a) {
            return new AccountJson(a.username(), a.fullName(), a.unitCode(), a.unitName(), a.department(), a.roles(),
                    a.enabled(), a.version());
        }
    }

    @Inject
    private AccountService accounts;

    @Inject
    private UnitService units;

    @Operation(summary = "Accounts the caller may manage")
    @GET
    public List<AccountJson> visible() {
        return accounts.visibleAccounts().stream().map(AccountJson::of).toList();
    }

    @Operation(summary = "Create an account")
    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    public Response create(@NotNull @Valid NewAccountJson body) {
        AccountView created = accounts.create(new NewAccount(body.username(), body.password().toCharArray(),
                body.fullName(), body.unitCode(), departmentId(body.unitCode(), body.department()), body.roles()));
        return Response.status(201).entity(AccountJson.of(created)).build();
    }

    @Operation(summary = "Change an account (roles, unit, enabled)")
    @PATCH
    @Path("{username}")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response change(@PathParam("username") String username, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
            @NotNull @Valid AccountChangeJson body) {
        AccountView changed = accounts.update(username, new AccountChange(body.enabled(), body.roles(),
                body.password() == null ? null : body.password().toCharArray(), body.unitCode()),
                Versions.expected(ifMatch));
        return accounts.account(changed.username()).map(stored -> Versions.ok(AccountJson.of(stored), stored.version()))
                .orElseGet(() -> Response.ok(AccountJson.of(changed)).build());
    }

    /** A department named by id or by name; an unknown one is left to the service to refuse (-1). */
    private Long departmentId(String unitCode, String department) {
        if (department == null || department.isBlank() || unitCode == null) {
            return null;
        }
        String wanted = department.strip();
        return units.unit(unitCode.strip()).flatMap(u -> u.departments().stream()
                        .filter(d -> String.valueOf(d.id()).equals(wanted) || d.name().equalsIgnoreCase(wanted))
                        .findFirst())
                .map(d -> d.id()).orElse(-1L);
    }
}
