package vn.hoagiai.organization;

import java.util.List;
import java.util.Map;

/**
 * Split {@code sourceId} into the new units {@code parts}; {@code assignments} maps each
 * current child of the source to the index of the part it moves under.
 */
public record SplitCommand(Long sourceId, List<NewUnitSpec> parts, Map<Long, Integer> assignments,
		ReorganisationBasis basis) {

	public SplitCommand {
		parts = (parts != null) ? List.copyOf(parts) : List.of();
		assignments = (assignments != null) ? Map.copyOf(assignments) : Map.of();
	}

}
