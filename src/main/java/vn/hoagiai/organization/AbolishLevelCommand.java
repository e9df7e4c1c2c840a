package vn.hoagiai.organization;

/**
 * Abolish one unit ({@code unitId}) or every unit of {@code type} below {@code rootId}:
 * their children move up to their parent, and they end.
 */
public record AbolishLevelCommand(Long unitId, UnitType type, Long rootId, ReorganisationBasis basis) {

	public static AbolishLevelCommand unit(long unitId, ReorganisationBasis basis) {
		return new AbolishLevelCommand(unitId, null, null, basis);
	}

	public static AbolishLevelCommand level(UnitType type, long rootId, ReorganisationBasis basis) {
		return new AbolishLevelCommand(null, type, rootId, basis);
	}

}
