/** The system clock, produced once for injection (tests replace it). */
package vn.dtiplan.infrastructure.time;
