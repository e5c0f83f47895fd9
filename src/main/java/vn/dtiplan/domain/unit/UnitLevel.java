package vn.dtiplan.domain.unit;

/**
 * The level a unit is scored and planned at. A level between province and ward (a district,
 * a provincial city) is {@code CITY}; after the 2025 reform wards sit directly under provinces.
 * Below a ward there may be hamlets ({@code HAMLET}: khu phố, thôn, ấp): they hold no units of
 * their own and are not scored, but receive cascaded tasks like any child unit.
 */
public enum UnitLevel {
    PROVINCE, CITY, WARD, HAMLET;

    /** Whether units at this level may have child units (plans cascade to them): all but hamlets. */
    public boolean hasChildUnits() {
        return this != HAMLET;
    }

    /**
     * Whether the child units are local governments (People's Committees, ranked by score):
     * a province's and a city's; a ward's children are hamlets.
     */
    public boolean hasChildGovernments() {
        return this == PROVINCE || this == CITY;
    }

    /**
     * Whether a unit at this level may stand directly under one at {@code parent}: a city under a
     * province, a ward under a province or a city, a hamlet under a ward; only a province has none.
     */
    public boolean fitsUnder(UnitLevel parent) {
        return switch (this) {
            case PROVINCE -> parent == null;
            case CITY -> parent == PROVINCE;
            case WARD -> parent == PROVINCE || parent == CITY;
            case HAMLET -> parent == WARD;
        };
    }
}
