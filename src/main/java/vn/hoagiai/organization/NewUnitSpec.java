package vn.hoagiai.organization;

/**
 * A unit that a merge or a split creates.
 *
 * @param parentId the parent from the effective date; null takes the default of the
 * operation (the sources' common parent, or the split unit's parent)
 */
public record NewUnitSpec(UnitType type, String name, String code, Long parentId) {

}
