package vn.dtiplan.domain.unit;

/**
 * The level a unit is scored and planned at. A level between province and ward (a district,
 * a provincial city) is {@code CITY}; after the 2025 reform wards sit directly under provinces.
 */
public enum UnitLevel {
    PROVINCE, CITY, WARD;

    /** Whether units at this level have child units (plans cascade to them, their scores are ranked): all but wards. */
    public boolean hasChildUnits() {
        return this != WARD;
    }
}
