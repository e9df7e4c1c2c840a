package vn.hoagiai.indicators;

import java.util.List;

/**
 * What is missing, in plain words: a message key under {@code indicators.gap.} and its
 * arguments.
 */
public record Gap(String messageKey, List<Object> args) {

	public Gap {
		args = List.copyOf(args);
	}

	static Gap of(String key, Object... args) {
		return new Gap("indicators.gap." + key, List.of(args));
	}

	public Object[] argsArray() {
		return this.args.toArray();
	}

}
