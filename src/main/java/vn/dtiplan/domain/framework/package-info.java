/**
 * Index frameworks (bộ chỉ số): the pillars and criteria a province scores its units on in a
 * year, with their maximum points. Frameworks are data, never code: any number of pillars,
 * any weights, criteria nested by code.
 */
package vn.dtiplan.domain.framework;
