package vn.hoagiai.mediators;

/**
 * The editable facts of a trainer.
 */
public record TrainerDetails(String fullName, Long agencyId, String agencyName, TrainerBackground background,
		TrainerLevel level, String topics, boolean active) {

}
