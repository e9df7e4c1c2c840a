package vn.hoagiai.mediators.imports;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import org.springframework.context.MessageSource;

import vn.hoagiai.shared.VietnameseText;

/**
 * Reads an enum value from a cell: its Vietnamese label (accents and case ignored), its
 * English label, or its code.
 */
final class Choices<E extends Enum<E>> {

	private static final Locale VIETNAMESE = Locale.forLanguageTag("vi");

	private final Map<String, E> byText = new HashMap<>();

	private final String prefix;

	private final MessageSource messages;

	Choices(Class<E> type, String prefix, MessageSource messages) {
		this.prefix = prefix;
		this.messages = messages;
		for (E value : type.getEnumConstants()) {
			this.byText.put(key(value.name()), value);
			this.byText.put(key(messages.getMessage(prefix + value.name(), null, value.name(), VIETNAMESE)), value);
			this.byText.put(key(messages.getMessage(prefix + value.name(), null, value.name(), Locale.ENGLISH)), value);
		}
	}

	Choices<E> alias(String text, E value) {
		this.byText.put(key(text), value);
		return this;
	}

	Optional<E> parse(String text) {
		return Optional.ofNullable(this.byText.get(key(text)));
	}

	String label(E value) {
		return (value != null) ? this.messages.getMessage(this.prefix + value.name(), null, value.name(), VIETNAMESE)
				: "";
	}

	private static String key(String text) {
		return VietnameseText.fold(text).replaceAll("[^a-z0-9]", "");
	}

}
