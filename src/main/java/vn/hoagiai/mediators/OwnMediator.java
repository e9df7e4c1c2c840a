package vn.hoagiai.mediators;

/**
 * The mediator record linked to a signed-in account: who the viewer is in the register.
 *
 * @param mediatorId the mediator
 * @param teamId the team they serve in, or {@code null} if none
 * @param leader whether they lead that team
 */
public record OwnMediator(long mediatorId, Long teamId, boolean leader) {

}
