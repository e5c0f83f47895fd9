package vn.dtiplan.domain.account;

/**
 * The {@link Role} names as compile-time constants, for {@code @RolesAllowed} (an annotation
 * takes neither an enum's name nor an array constant). {@code RolesTest} proves each constant
 * equals its role's name; the groups those annotations list are {@link RoleGroup}s, and the same
 * test proves every annotation lists exactly a group.
 */
public final class Roles {

    public static final String PROVINCE_OVERSEER = "PROVINCE_OVERSEER";
    public static final String CITY_PLANNER = "CITY_PLANNER";
    public static final String WARD_OFFICER = "WARD_OFFICER";
    public static final String DEPARTMENT_STAFF = "DEPARTMENT_STAFF";
    public static final String SYSTEM_ADMIN = "SYSTEM_ADMIN";

    private Roles() {
    }
}
