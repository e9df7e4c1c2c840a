package vn.hoagiai.mediators;

import java.util.ArrayList;
import java.util.List;

import vn.hoagiai.shared.FieldProblem;
import vn.hoagiai.shared.VietnameseText;

/**
 * The checks on a trainer's facts that need nothing but the facts.
 */
final class TrainerRules {

	static final int NAME_LENGTH = 120;

	static final int AGENCY_LENGTH = 200;

	static final int TOPICS_LENGTH = 1000;

	private TrainerRules() {
	}

	static List<FieldProblem> check(TrainerDetails details) {
		List<FieldProblem> problems = new ArrayList<>();
		String name = VietnameseText.clean(details.fullName());
		if (name == null || name.isEmpty()) {
			problems.add(FieldProblem.of("fullName", "validation.required"));
		}
		else if (name.length() > NAME_LENGTH) {
			problems.add(FieldProblem.of("fullName", "validation.tooLong", NAME_LENGTH));
		}
		String agency = VietnameseText.clean(details.agencyName());
		if (details.agencyId() == null && (agency == null || agency.isEmpty())) {
			problems.add(FieldProblem.of("agencyName", "trainer.agency.required"));
		}
		else if (agency != null && agency.length() > AGENCY_LENGTH) {
			problems.add(FieldProblem.of("agencyName", "validation.tooLong", AGENCY_LENGTH));
		}
		if (details.background() == null) {
			problems.add(FieldProblem.of("background", "validation.required"));
		}
		if (details.level() == null) {
			problems.add(FieldProblem.of("level", "validation.required"));
		}
		String topics = VietnameseText.clean(details.topics());
		if (topics != null && topics.length() > TOPICS_LENGTH) {
			problems.add(FieldProblem.of("topics", "validation.tooLong", TOPICS_LENGTH));
		}
		return problems;
	}

}
