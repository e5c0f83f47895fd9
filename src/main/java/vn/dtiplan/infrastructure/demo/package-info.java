/**
 * Demo data for the embedded default: loaded when {@code dtiplan.demo=true}, never in production.
 */
package vn.dtiplan.infrastructure.demo;
