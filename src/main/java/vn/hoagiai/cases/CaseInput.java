package vn.hoagiai.cases;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;

import vn.hoagiai.shared.FieldProblem;
import vn.hoagiai.shared.VietnameseText;

/**
 * Field rules for intake and edits; every problem at once, as message keys.
 */
final class CaseInput {

	static final int MIN_PARTIES = 2;

	private static final java.util.regex.Pattern PHONE = java.util.regex.Pattern.compile("[+0-9 .-]{6,20}");

	private CaseInput() {
	}

	/** {@code parties} null means the parties are not being changed. */
	static List<FieldProblem> check(CaseDetails d, List<PartyDetails> parties, Predicate<String> fieldExists) {
		List<FieldProblem> problems = new ArrayList<>();
		if (d == null) {
			problems.add(FieldProblem.of("details", "validation.required"));
			return problems;
		}
		if (d.receivedOn() == null) {
			problems.add(FieldProblem.of("receivedOn", "validation.required"));
		}
		else if (d.receivedOn().isAfter(LocalDate.now())) {
			problems.add(FieldProblem.of("receivedOn", "case.receivedOn.future"));
		}
		if (d.ground() == null) {
			problems.add(FieldProblem.of("ground", "validation.required"));
		}
		if (blank(d.fieldCode())) {
			problems.add(FieldProblem.of("fieldCode", "validation.required"));
		}
		else if (!fieldExists.test(d.fieldCode())) {
			problems.add(FieldProblem.of("fieldCode", "case.field.unknown"));
		}
		if (blank(d.content())) {
			problems.add(FieldProblem.of("content", "validation.required"));
		}
		length(problems, "content", d.content(), 4000);
		if (parties != null) {
			checkParties(parties, problems);
		}
		return problems;
	}

	private static void checkParties(List<PartyDetails> parties, List<FieldProblem> problems) {
		long count = parties.stream().filter((p) -> p != null && p.role() != PartyRole.RELATED_PERSON).count();
		if (count < MIN_PARTIES) {
			problems.add(FieldProblem.of("parties", "case.parties.tooFew"));
		}
		for (int i = 0; i < parties.size(); i++) {
			PartyDetails p = parties.get(i);
			String prefix = "parties[" + i + "].";
			if (p == null || blank(p.fullName())) {
				problems.add(FieldProblem.of(prefix + "fullName", "validation.required"));
			}
			if (p != null && p.kind() == null) {
				problems.add(FieldProblem.of(prefix + "kind", "validation.required"));
			}
			if (p != null && p.role() == null) {
				problems.add(FieldProblem.of(prefix + "role", "validation.required"));
			}
			if (p != null) {
				checkParty(p, prefix, problems);
			}
		}
	}

	/**
	 * The cleaned reason for changing a closed case; a problem when it is missing. Open
	 * cases need none (null).
	 */
	static String reason(boolean closed, String reason, List<FieldProblem> problems) {
		if (!closed) {
			return null;
		}
		if (blank(reason)) {
			problems.add(FieldProblem.of("reason", "case.reason.required"));
		}
		return VietnameseText.clean(reason);
	}

	static void checkParty(PartyDetails p, String prefix, List<FieldProblem> problems) {
		length(problems, prefix + "fullName", p.fullName(), 200);
		length(problems, prefix + "address", p.address(), 300);
		int year = LocalDate.now().getYear();
		if (p.birthYear() != null && (p.birthYear() < year - 120 || p.birthYear() > year)) {
			problems.add(FieldProblem.of(prefix + "birthYear", "case.party.birthYearInvalid"));
		}
		if (p.phone() != null && !p.phone().isBlank() && !PHONE.matcher(p.phone().strip()).matches()) {
			problems.add(FieldProblem.of(prefix + "phone", "case.party.phoneInvalid"));
		}
	}

	/** A problem when the text is longer than the column holds. */
	static void length(List<FieldProblem> problems, String field, String text, int max) {
		if (text != null && VietnameseText.clean(text).length() > max) {
			problems.add(FieldProblem.of(field, "case.text.tooLong", max));
		}
	}

	static CaseDetails clean(CaseDetails d) {
		return new CaseDetails(d.receivedOn(), d.ground(), d.fieldCode(), VietnameseText.clean(d.content()),
				d.privateMediation(), d.domesticViolence());
	}

	private static boolean blank(String text) {
		return text == null || text.isBlank();
	}

}
