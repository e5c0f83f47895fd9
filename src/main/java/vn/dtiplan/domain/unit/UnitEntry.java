package vn.dtiplan.domain.unit;

import java.io.Serializable;

/**
 * A unit in force as a list of units shows it, read as plain values rather than as an entity: a board
 * of thousands of units needs their names and places in the tree, not objects the persistence context
 * tracks for changes. {@code parentId} and {@code parentName} are the unit's parent's.
 */
public record UnitEntry(long id, String code, String name, String path, UnitLevel level, long parentId,
                        String parentName) implements Serializable {

    /** Whether local governments are below it (a city's wards), whose board a screen may open. */
    public boolean opens() {
        return level.hasChildGovernments();
    }
}
