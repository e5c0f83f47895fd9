/**
 * Lists that scale: a page of a list ({@link vn.dtiplan.domain.listing.PageRequest},
 * {@link vn.dtiplan.domain.listing.Page}) and the filters of the task and plan lists, applied by the
 * repositories in their queries ({@link vn.dtiplan.domain.listing.Listings}), never in memory.
 */
package vn.dtiplan.domain.listing;
