/**
 * Plans (kế hoạch) and their tasks, and the cascade rules: issuing copies cascading tasks to
 * child units as inherited tasks linked to their parent for ever; adoption decisions; the
 * coverage gate on a child plan; amendments that reach unfinished copies as change notices;
 * timeframes written as the plans write them.
 */
package vn.dtiplan.domain.plan;
