package vn.hoagiai.identity;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;

import vn.hoagiai.shared.Deployment;
import vn.hoagiai.shared.VietnameseText;

/**
 * What a password chosen by a person must satisfy (ASVS 2.1): 12 to 128 characters (code
 * points after NFC, so any script and spaces count), not a common password, no word of
 * the context (the application's name, the username, the person's name, the names of
 * their unit and the units above it), and not the demo password. No composition rules.
 * Answers every reason, as message keys, so the form can show them all at once.
 */
@Component
class PasswordPolicy {

	static final int MIN_LENGTH = 12;

	static final int MAX_LENGTH = 128;

	static final String TOO_SHORT = "identity.password.error.tooShort";

	static final String TOO_LONG = "identity.password.error.tooLong";

	static final String COMMON = "identity.password.error.common";

	static final String CONTEXT = "identity.password.error.context";

	static final String DEMO = "identity.password.error.demo";

	/** Words of this application and its users' trade, refused in every password. */
	static final List<String> FIXED_CONTEXT = List.of("hoagiai", "hoa giai", "tuphap");

	/** Parts of names shorter than this are too common inside ordinary words. */
	private static final int MIN_NAME_PART = 4;

	private static final Pattern UNIT_PREFIX = Pattern.compile(
			"^(tinh|thanh pho|huyen|quan|thi xa|thi tran|xa|phuong|dac khu|thon|xom|ban|to dan pho|khu pho|ap|to)\\s+");

	private static final Pattern NOT_LETTER_OR_DIGIT = Pattern.compile("[^\\p{L}\\p{N}]+");

	private static final Pattern EDGES = Pattern.compile("^[^\\p{L}]+|[^\\p{L}]+$");

	private final Set<String> common;

	PasswordPolicy() {
		this(load("identity/common-passwords.txt"));
	}

	PasswordPolicy(Collection<String> commonPasswords) {
		this.common = commonPasswords.stream()
			.map(PasswordPolicy::compact)
			.filter((p) -> !p.isEmpty())
			.collect(Collectors.toUnmodifiableSet());
	}

	/** The form in which a password is hashed and checked: Unicode NFC. */
	static String normalise(String password) {
		return (password != null) ? Normalizer.normalize(password, Normalizer.Form.NFC) : "";
	}

	/** Every rule {@code password} breaks for the person in {@code context}. */
	List<String> check(String password, PasswordContext context) {
		String candidate = normalise(password);
		List<String> reasons = new ArrayList<>();
		int length = candidate.codePointCount(0, candidate.length());
		if (length < MIN_LENGTH) {
			reasons.add(TOO_SHORT);
		}
		if (length > MAX_LENGTH) {
			reasons.add(TOO_LONG);
		}
		if (isCommon(candidate)) {
			reasons.add(COMMON);
		}
		if (containsContextWord(candidate, context)) {
			reasons.add(CONTEXT);
		}
		if (compact(candidate).equals(compact(Deployment.DEMO_PASSWORD))) {
			reasons.add(DEMO);
		}
		return List.copyOf(reasons);
	}

	private boolean isCommon(String candidate) {
		String whole = compact(candidate);
		String stripped = compact(EDGES.matcher(VietnameseText.fold(candidate)).replaceAll(""));
		return this.common.contains(whole) || (!stripped.isEmpty() && this.common.contains(stripped));
	}

	private static boolean containsContextWord(String candidate, PasswordContext context) {
		String folded = compact(candidate);
		return contextWords(context).stream().anyMatch(folded::contains);
	}

	static Set<String> contextWords(PasswordContext context) {
		Set<String> words = new LinkedHashSet<>();
		FIXED_CONTEXT.forEach((w) -> words.add(compact(w)));
		if (context.username() != null) {
			words.add(compact(context.username()));
			addParts(words, context.username().split("[._-]+"));
		}
		if (context.displayName() != null) {
			words.add(compact(context.displayName()));
			addParts(words, VietnameseText.fold(context.displayName()).split(" "));
		}
		for (String unit : context.unitNames()) {
			String folded = VietnameseText.fold(unit);
			words.add(compact(folded));
			words.add(compact(UNIT_PREFIX.matcher(folded).replaceFirst("")));
		}
		words.removeIf((w) -> w.length() < MIN_NAME_PART);
		return words;
	}

	private static void addParts(Set<String> words, String[] parts) {
		for (String part : parts) {
			words.add(compact(part));
		}
	}

	/** Folded (lower case, no diacritics) with everything but letters and digits gone. */
	static String compact(String text) {
		return NOT_LETTER_OR_DIGIT.matcher(VietnameseText.fold(text)).replaceAll("");
	}

	private static List<String> load(String resource) {
		try (InputStream in = new ClassPathResource(resource).getInputStream();
				BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
			return reader.lines().map(String::strip).filter((l) -> !l.isEmpty() && !l.startsWith("#")).toList();
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Cannot read " + resource, ex);
		}
	}

}
