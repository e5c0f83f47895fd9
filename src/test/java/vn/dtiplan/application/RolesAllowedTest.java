package vn.dtiplan.application;

import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.annotation.security.RolesAllowed;
import java.lang.reflect.AnnotatedElement;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import vn.dtiplan.application.notification.NotificationService;
import vn.dtiplan.application.plan.AdoptionService;
import vn.dtiplan.application.plan.PlanService;
import vn.dtiplan.application.report.ReportService;
import vn.dtiplan.domain.account.Role;
import vn.dtiplan.domain.account.RoleGroup;

/** Every {@code @RolesAllowed} of the services lists exactly one {@link RoleGroup}: the groups stay the one list. */
class RolesAllowedTest {

    private static final List<Class<?>> SECURED = List.of(PlanService.class, AdoptionService.class,
            ReportService.class, AccountService.class, NotificationService.class);

    @Test
    void everyAnnotationIsARoleGroup() {
        Set<Set<Role>> groups = Arrays.stream(RoleGroup.values()).map(RoleGroup::roles).collect(Collectors.toSet());
        List<AnnotatedElement> annotated = SECURED.stream()
                .flatMap(c -> Stream.<AnnotatedElement>concat(Stream.of(c), Arrays.stream(c.getDeclaredMethods())))
                .filter(e -> e.isAnnotationPresent(RolesAllowed.class)).toList();
        assertTrue(annotated.size() >= 6, annotated.toString());
        for (AnnotatedElement element : annotated) {
            Set<Role> listed = Arrays.stream(element.getAnnotation(RolesAllowed.class).value()).map(Role::valueOf)
                    .collect(Collectors.toSet());
            assertTrue(groups.contains(listed), element + " lists " + listed + ", which is no RoleGroup");
        }
    }
}
