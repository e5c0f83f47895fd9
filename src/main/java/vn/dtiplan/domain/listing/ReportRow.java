package vn.dtiplan.domain.listing;

import vn.dtiplan.domain.progress.PeriodicReport;
import vn.dtiplan.domain.unit.AdministrativeUnit;

/** A report of the report list and the unit that wrote it (read in the same query). */
public record ReportRow(PeriodicReport report, AdministrativeUnit unit) {
}
