package vn.hoagiai.organization;

/**
 * Abolish one unit ({@code unitId}) or every unit of {@code type} below {@code rootId}
 * ({@code wholeLevel}: every unit on the level of {@code type}, e.g. cities and districts
 * alike): their children move up to their parent, and they end.
 */
public record AbolishLevelCommand(Long unitId, UnitType type, Long rootId, boolean wholeLevel,
		ReorganisationBasis basis) {

	public static AbolishLevelCommand unit(long unitId, ReorganisationBasis basis) {
		return new AbolishLevelCommand(unitId, null, null, false, basis);
	}

	public static AbolishLevelCommand type(UnitType type, long rootId, ReorganisationBasis basis) {
		return new AbolishLevelCommand(null, type, rootId, false, basis);
	}

	public static AbolishLevelCommand level(UnitType type, long rootId, ReorganisationBasis basis) {
		return new AbolishLevelCommand(null, type, rootId, true, basis);
	}

	boolean abolishes(UnitType candidate) {
		return this.wholeLevel ? candidate.level() == this.type.level() : candidate == this.type;
	}

}
