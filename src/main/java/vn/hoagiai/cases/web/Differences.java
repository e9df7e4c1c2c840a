package vn.hoagiai.cases.web;

import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * What differs between the form a user sent and the case someone else saved meanwhile,
 * field by field, for the conflict page.
 */
record Differences(List<Difference> items) {

	private static final Set<String> IGNORED = Set.of("version", "reason");

	/** One field: its label key, the value the user entered and the value now saved. */
	record Difference(String labelKey, Object yours, Object saved) {

	}

	static Differences between(Record yours, Record saved) {
		List<Difference> items = new ArrayList<>();
		for (RecordComponent component : yours.getClass().getRecordComponents()) {
			if (IGNORED.contains(component.getName())) {
				continue;
			}
			Object mine = value(component, yours);
			Object theirs = value(component, saved);
			if (!Objects.equals(normal(mine), normal(theirs))) {
				items.add(new Difference("case." + component.getName(), mine, theirs));
			}
		}
		return new Differences(items);
	}

	private static Object value(RecordComponent component, Record record) {
		try {
			return component.getAccessor().invoke(record);
		}
		catch (ReflectiveOperationException ex) {
			throw new IllegalStateException(ex);
		}
	}

	private static Object normal(Object value) {
		if (value instanceof String text) {
			return text.isBlank() ? null : text.strip();
		}
		return Boolean.FALSE.equals(value) ? null : value;
	}

}
