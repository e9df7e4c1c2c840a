package vn.hoagiai.organization;

/**
 * Flags the law and the plan's targets depend on.
 */
public record UnitFlags(boolean ethnicMinorityArea, boolean difficultArea, boolean advancedNewRural, boolean pilot) {

	public static UnitFlags none() {
		return new UnitFlags(false, false, false, false);
	}

}
