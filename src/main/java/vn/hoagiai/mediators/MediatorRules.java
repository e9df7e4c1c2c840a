package vn.hoagiai.mediators;

import java.time.Year;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

import vn.hoagiai.shared.FieldProblem;
import vn.hoagiai.shared.VietnameseText;

/**
 * Field rules for a mediator's record, shared by the forms, the API and the Excel import:
 * every problem, each with its field.
 */
final class MediatorRules {

	static final int OLDEST_BIRTH_YEAR = 1920;

	static final int YOUNGEST_AGE = 18;

	private static final Pattern PHONE = Pattern.compile("\\+?[0-9 .-]{8,15}");

	private MediatorRules() {
	}

	static List<FieldProblem> check(MediatorDetails details, Ethnicities ethnicities, Year now) {
		List<FieldProblem> problems = new ArrayList<>();
		String name = VietnameseText.clean(details.fullName());
		if (name == null || name.isEmpty()) {
			problems.add(FieldProblem.of("fullName", "mediator.fullName.required"));
		}
		else if (name.length() > 120) {
			problems.add(FieldProblem.of("fullName", "mediator.fullName.tooLong", 120));
		}
		if (details.sex() == null) {
			problems.add(FieldProblem.of("sex", "mediator.sex.required"));
		}
		int youngest = now.getValue() - YOUNGEST_AGE;
		if (details.birthYear() != null
				&& (details.birthYear() < OLDEST_BIRTH_YEAR || details.birthYear() > youngest)) {
			problems.add(FieldProblem.of("birthYear", "mediator.birthYear.range", OLDEST_BIRTH_YEAR, youngest));
		}
		if (details.ethnicityCode() != null && ethnicities.byCode(details.ethnicityCode()).isEmpty()) {
			problems.add(FieldProblem.of("ethnicityCode", "mediator.ethnicity.unknown"));
		}
		if (details.phone() != null && !details.phone().isBlank()
				&& !PHONE.matcher(details.phone().strip()).matches()) {
			problems.add(FieldProblem.of("phone", "mediator.phone.invalid"));
		}
		if (details.background() == null) {
			problems.add(FieldProblem.of("background", "mediator.background.required"));
		}
		if (details.election() != null) {
			details.election().problems().forEach((key) -> problems.add(FieldProblem.of("votesFor", key)));
		}
		if (details.termStart() != null && details.termEnd() != null
				&& !details.termEnd().isAfter(details.termStart())) {
			problems.add(FieldProblem.of("termEnd", "mediator.term.order"));
		}
		return problems;
	}

}
