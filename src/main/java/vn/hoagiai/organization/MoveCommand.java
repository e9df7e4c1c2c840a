package vn.hoagiai.organization;

/**
 * Place {@code unitId} under {@code newParentId} from the effective date.
 */
public record MoveCommand(Long unitId, Long newParentId, ReorganisationBasis basis) {

}
