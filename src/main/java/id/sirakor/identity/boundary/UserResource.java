package id.sirakor.identity.boundary;

import id.sirakor.identity.control.CurrentUser;
import id.sirakor.identity.control.UnitScope;
import id.sirakor.identity.control.UserService;
import id.sirakor.identity.entity.AppUser;
import id.sirakor.identity.entity.Role;
import id.sirakor.platform.api.ApiDoc;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.util.List;
import java.util.Set;

/** User accounts (ADMIN writes) and the caller's own identity. */
@Path("/")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class UserResource {

    @Inject
    UserService users;

    @Inject
    UnitScope scope;

    public record UserDto(long id, String username, String fullName, String email, long unitId, String unitName,
                          Set<Role> roles, boolean active, Long assignedEventId) {
        static UserDto of(AppUser u) {
            return new UserDto(u.getId(), u.getUsername(), u.getFullName(), u.getEmail(), u.getUnit().getId(),
                    u.getUnit().getName(), u.getRoles(), u.isActive(),
                    u.getAssignedEvent() == null ? null : u.getAssignedEvent().getId());
        }
    }

    public record NewUser(String username, String fullName, String email, String phone, Long unitId, Set<Role> roles,
                          String password, Long institutionId, Long assignedEventId) {
    }

    @GET
    @Path("me")
    @ApiDoc("The caller: user, unit, roles")
    public CurrentUser.Snapshot me() {
        return scope.user();
    }

    @GET
    @Path("users")
    @ApiDoc("Users of the units the caller may read")
    public List<UserDto> list(@QueryParam("q") String q, @QueryParam("first") @DefaultValue("0") int first,
                              @QueryParam("max") @DefaultValue("50") int max) {
        scope.user();
        return users.list(q, Math.max(0, first), Math.min(Math.max(1, max), 200)).stream().map(UserDto::of).toList();
    }

    @POST
    @Path("users")
    @ApiDoc("Create a user (ADMIN); the user must change the password at first login")
    public Response create(NewUser n) {
        AppUser u = users.create(new UserService.UserData(n.username(), n.fullName(), n.email(), n.phone(), n.unitId(),
                n.roles() == null ? Set.of() : n.roles(), true, n.institutionId(), n.assignedEventId()), n.password());
        return Response.created(URI.create("/api/v1/users/" + u.getId())).entity(UserDto.of(u)).build();
    }
}
