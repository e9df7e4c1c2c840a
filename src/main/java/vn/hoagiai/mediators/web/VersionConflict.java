package vn.hoagiai.mediators.web;

import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * What differs between the form a user submitted and the record someone else saved in the
 * meantime, field by field, so the conflict page can show both versions side by side.
 */
record VersionConflict(List<Difference> differences) {

	private static final Set<String> IGNORED = Set.of("version", "teamId", "role", "joined", "unitId");

	private static final Map<String, String> LABELS = Map.of("ethnicityCode", "ethnicity", "residenceUnitId",
			"residence");

	/** One field: its label key, the value the user entered and the value now saved. */
	record Difference(String labelKey, Object yours, Object saved) {

	}

	static VersionConflict between(Record yours, Record saved, String labelPrefix) {
		List<Difference> differences = new ArrayList<>();
		for (RecordComponent component : yours.getClass().getRecordComponents()) {
			if (IGNORED.contains(component.getName())) {
				continue;
			}
			Object mine = value(component, yours);
			Object theirs = value(component, saved);
			if (!Objects.equals(blankToNull(mine), blankToNull(theirs))) {
				String label = labelPrefix + LABELS.getOrDefault(component.getName(), component.getName());
				differences.add(new Difference(label, mine, theirs));
			}
		}
		return new VersionConflict(differences);
	}

	private static Object value(RecordComponent component, Record record) {
		try {
			return component.getAccessor().invoke(record);
		}
		catch (ReflectiveOperationException ex) {
			throw new IllegalStateException(ex);
		}
	}

	private static Object blankToNull(Object value) {
		return (value instanceof String text && text.isBlank()) ? null : value;
	}

}
