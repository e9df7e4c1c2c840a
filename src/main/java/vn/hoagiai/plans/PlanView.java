package vn.hoagiai.plans;

import java.util.List;

/**
 * A plan's page: its facts, the plan it implements and the plans that implement it,
 * phases, targets, section VI responsibilities, tasks, who was responsible when, and
 * whether the viewer may manage it.
 */
public record PlanView(PlanSummary summary, PlanDetails details, PlanSummary parent, List<PlanSummary> children,
		List<PlanPhase> phases, List<PlanTarget> targets, List<PlanResponsibility> responsibilities,
		List<TaskView> tasks, List<AssignmentHistory> history, List<HandoverView> handovers, boolean manageable,
		long version) {

}
