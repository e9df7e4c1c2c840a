package vn.hoagiai.organization;

/**
 * Give {@code unitId} the name {@code newName} from the effective date.
 */
public record RenameCommand(Long unitId, String newName, ReorganisationBasis basis) {

}
