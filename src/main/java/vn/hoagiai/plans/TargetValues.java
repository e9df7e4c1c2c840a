package vn.hoagiai.plans;

import java.util.Locale;
import java.util.stream.Collectors;

import org.springframework.context.MessageSource;

import vn.hoagiai.indicators.IndicatorCode;
import vn.hoagiai.indicators.IndicatorValue;
import vn.hoagiai.indicators.Status;

/**
 * An indicator value in words for the plan's documents: the figure, its status and what
 * is missing, in the indicators module's own words.
 */
final class TargetValues {

	private final MessageSource messages;

	private final Locale locale;

	TargetValues(MessageSource messages, Locale locale) {
		this.messages = messages;
		this.locale = locale;
	}

	/** Whether the value was assessed against a target (met, on track or behind). */
	static boolean assessed(IndicatorValue v) {
		return v != null && (v.status() == Status.MET || v.status() == Status.ON_TRACK || v.status() == Status.BEHIND);
	}

	static boolean met(IndicatorValue v) {
		return v != null && v.status() == Status.MET;
	}

	String value(IndicatorValue v) {
		if (v == null || v.value() == null) {
			return "";
		}
		if (v.code().measure() == IndicatorCode.Measure.PERCENT) {
			return text("indicators.percent", v.value());
		}
		return String.valueOf(Math.round(v.value()));
	}

	String status(IndicatorValue v) {
		return (v != null) ? text(v.status().messageKey()) : "";
	}

	String gaps(IndicatorValue v) {
		if (v == null) {
			return "";
		}
		return v.gaps().stream().map((g) -> text(g.messageKey(), g.argsArray())).collect(Collectors.joining(" "));
	}

	private String text(String key, Object... args) {
		return this.messages.getMessage(key, args, key, this.locale);
	}

}
