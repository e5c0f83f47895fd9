package vn.dtiplan.domain.unit;

/**
 * The level a unit is scored and planned at. A level between province and ward (a district,
 * a provincial city) is {@code CITY}; after the 2025 reform wards sit directly under provinces.
 */
public enum UnitLevel {
    PROVINCE, CITY, WARD
}
