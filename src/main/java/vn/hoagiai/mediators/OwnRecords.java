package vn.hoagiai.mediators;

import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;

import org.springframework.stereotype.Component;

import vn.hoagiai.audit.AuditTrail;
import vn.hoagiai.shared.RecordNotFound;
import vn.hoagiai.shared.Role;
import vn.hoagiai.shared.UnitId;
import vn.hoagiai.shared.Viewer;

/**
 * The narrower view of team leaders and mediators, inside their unit scope: a mediator
 * sees their own record and their own team; a team leader sees their own team and its
 * members. Who they are comes from the link between the mediator and the account
 * ({@link MediatorAccounts}). Viewers with any broader role (officers, partners,
 * trainers, administrators) keep their unit scope. A record outside answers 404 like a
 * missing one and the attempt is logged, as for the unit scope.
 */
@Component
class OwnRecords {

	private static final Set<Role> BROADER = EnumSet.of(Role.ADMIN, Role.PROVINCE_OFFICER, Role.DISTRICT_OFFICER,
			Role.COMMUNE_OFFICER, Role.PARTNER, Role.TRAINER);

	/** A team id no team has: what an unlinked leader or mediator may see. */
	static final long NO_TEAM = -1L;

	private final MediatorAccounts accounts;

	private final AuditTrail audit;

	OwnRecords(MediatorAccounts accounts, AuditTrail audit) {
		this.accounts = accounts;
		this.audit = audit;
	}

	static boolean restricted(Viewer viewer) {
		return viewer.roles().stream().noneMatch(BROADER::contains)
				&& viewer.roles().stream().anyMatch(MediatorAccounts.OWN_ROLES::contains);
	}

	/**
	 * The one team a restricted viewer may see ({@link #NO_TEAM} when they are not linked
	 * to a serving mediator); empty for viewers who see their whole unit scope.
	 */
	Optional<Long> onlyTeam(Viewer viewer) {
		if (!restricted(viewer)) {
			return Optional.empty();
		}
		return Optional.of(this.accounts.of(viewer).map(OwnMediator::teamId).orElse(NO_TEAM));
	}

	void requireTeam(Viewer viewer, long teamId, UnitId unit) {
		Optional<Long> only = onlyTeam(viewer);
		if (only.isPresent() && only.get() != teamId) {
			deny(TeamService.RECORD, teamId, unit);
		}
	}

	/** Own record always; a leader also their team's members. */
	void requireMediator(Viewer viewer, long mediatorId, Long teamId, UnitId unit) {
		if (!restricted(viewer)) {
			return;
		}
		Optional<OwnMediator> own = this.accounts.of(viewer);
		boolean self = own.isPresent() && own.get().mediatorId() == mediatorId;
		boolean ledByViewer = own.isPresent() && viewer.has(Role.TEAM_LEADER) && own.get().leader() && teamId != null
				&& teamId.equals(own.get().teamId());
		if (!self && !ledByViewer) {
			deny(MediatorService.RECORD, mediatorId, unit);
		}
	}

	private void deny(String record, long id, UnitId unit) {
		this.audit.denied(record, id, unit);
		throw new RecordNotFound(record, id);
	}

}
