package vn.hoagiai.plans;

/**
 * A target of the plan (mục tiêu cụ thể). {@code code} names the indicator that measures
 * it (TEAMS_CONSOLIDATED, MEDIATORS_TRAINED, MATERIAL_ACCESS, SUCCESS_RATE,
 * TYPICAL_MODEL_UNITS), or is null for a target nothing measures yet.
 */
public record PlanTarget(String code, String description, String threshold, Integer byYear) {

}
