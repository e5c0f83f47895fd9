/**
 * Reorganisations of the administrative tree (sắp xếp đơn vị hành chính): the draft, its rules,
 * and what applying it does to units, tasks and accounts.
 */
package vn.dtiplan.domain.reorganisation;
