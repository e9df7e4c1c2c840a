package vn.hoagiai.shared;

/**
 * Identifies an administrative unit across module boundaries.
 */
public record UnitId(long value) {

	public static UnitId of(long value) {
		return new UnitId(value);
	}

	@Override
	public String toString() {
		return Long.toString(this.value);
	}

}
