package vn.hoagiai.plans.web;

import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * What differs between the form a user submitted and the record someone else saved in the
 * meantime, field by field, for the conflict table beside the form.
 */
record Differences(List<Item> items) {

	private static final Set<String> IGNORED = Set.of("version", "unitId", "parentId", "copyTasks");

	/** One field: its label key, the value the user entered and the value now saved. */
	record Item(String labelKey, Object yours, Object saved) {

	}

	static Differences between(Record yours, Record saved) {
		return between(yours, saved, java.util.function.Function.identity());
	}

	/** As {@link #between(Record, Record)}, each value shown through {@code shown}. */
	static Differences between(Record yours, Record saved, java.util.function.Function<Object, Object> shown) {
		List<Item> items = new ArrayList<>();
		for (RecordComponent component : yours.getClass().getRecordComponents()) {
			if (IGNORED.contains(component.getName())) {
				continue;
			}
			Object mine = blankToNull(value(component, yours));
			Object theirs = blankToNull(value(component, saved));
			if (!Objects.equals(mine, theirs)) {
				items.add(new Item("plans.field." + component.getName(), shown.apply(mine), shown.apply(theirs)));
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

	private static Object blankToNull(Object value) {
		if (value instanceof String text) {
			return text.isBlank() ? null : text.strip();
		}
		if (value instanceof List<?> list && list.isEmpty()) {
			return null;
		}
		return value;
	}

}
