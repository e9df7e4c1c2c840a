package vn.hoagiai.plans;

import java.util.List;

/**
 * A plan's page: its facts, the plan it implements and the plans that implement it,
 * phases, targets, section VI responsibilities, tasks, who was responsible when, and
 * whether the viewer may manage it (record progress on every task) and edit it (its
 * header, tasks and targets: officers of the plan's own unit and administrators).
 */
public record PlanView(PlanSummary summary, PlanDetails details, PlanSummary parent, List<PlanSummary> children,
		List<PlanPhase> phases, List<TargetView> targets, List<PlanResponsibility> responsibilities,
		List<TaskView> tasks, List<AssignmentHistory> history, List<HandoverView> handovers, boolean manageable,
		boolean editable, long version) {

}
