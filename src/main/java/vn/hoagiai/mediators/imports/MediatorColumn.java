package vn.hoagiai.mediators.imports;

/**
 * The columns of the mediator list workbook, in order. The same columns are written by
 * the template and the export and read by the import, so an export can be re-imported.
 * Header texts come from the message bundle ({@code import.column.*}), always in
 * Vietnamese.
 */
public enum MediatorColumn {

	NO, FULL_NAME, SEX, BIRTH_YEAR, ETHNICITY, PHONE, VILLAGE, ROLE, OCCUPATION, BACKGROUND, LEGAL_TRAINING,
	ELECTION_METHOD, ELECTION_DATE, VOTES_FOR, HOUSEHOLDS, RECOGNITION_NUMBER, RECOGNITION_DATE, JOINED;

	public String messageKey() {
		return "import.column." + name();
	}

	/** The column that holds the field a domain rule names, for placing its problems. */
	static MediatorColumn forField(String field) {
		return switch (field) {
			case "fullName" -> FULL_NAME;
			case "sex" -> SEX;
			case "birthYear" -> BIRTH_YEAR;
			case "ethnicityCode" -> ETHNICITY;
			case "phone" -> PHONE;
			case "background" -> BACKGROUND;
			case "votesFor" -> VOTES_FOR;
			case "joined" -> JOINED;
			case "termEnd", "termStart" -> RECOGNITION_DATE;
			default -> NO;
		};
	}

}
