package vn.hoagiai.organization;

import java.util.List;

/**
 * Merge {@code sourceIds} into the existing unit {@code targetId}, or into a new unit
 * {@code newTarget} when no target id is given.
 */
public record MergeCommand(List<Long> sourceIds, Long targetId, NewUnitSpec newTarget, ReorganisationBasis basis) {

	public MergeCommand {
		sourceIds = (sourceIds != null) ? List.copyOf(sourceIds) : List.of();
	}

}
