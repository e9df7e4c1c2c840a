package vn.hoagiai.mediators;

import java.util.ArrayList;
import java.util.List;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.hoagiai.audit.AuditTrail;
import vn.hoagiai.audit.Changes;
import vn.hoagiai.organization.UnitScope;
import vn.hoagiai.shared.CurrentViewer;
import vn.hoagiai.shared.FieldProblem;
import vn.hoagiai.shared.InvalidInput;
import vn.hoagiai.shared.RecordNotFound;
import vn.hoagiai.shared.StaleVersion;
import vn.hoagiai.shared.VietnameseText;

/**
 * Team leaders propose changes for their own team; the officers who manage the team
 * accept or reject them. Proposals are never deleted.
 */
@Service
@Transactional(readOnly = true)
public class ProposalService {

	static final String RECORD = "TeamProposal";

	private final ProposalRepository proposals;

	private final MediatorRepository mediators;

	private final TeamService teams;

	private final UnitScope scope;

	private final AuditTrail audit;

	ProposalService(ProposalRepository proposals, MediatorRepository mediators, TeamService teams, UnitScope scope,
			AuditTrail audit) {
		this.proposals = proposals;
		this.mediators = mediators;
		this.teams = teams;
		this.scope = scope;
		this.audit = audit;
	}

	/** The team's proposals, newest first (the team must be in the viewer's scope). */
	public List<ProposalView> of(long teamId) {
		MediationTeam team = this.teams.load(teamId);
		this.scope.requireVisible(team.getUnitId(), TeamService.RECORD, teamId);
		return this.proposals.findByTeamIdOrderByProposedAtDesc(teamId)
			.stream()
			.map((p) -> p.view((p.getMediatorId() != null)
					? this.mediators.findById(p.getMediatorId()).map(Mediator::getFullName).orElse(null) : null))
			.toList();
	}

	@Transactional
	@PreAuthorize("hasAnyRole('TEAM_LEADER','ADMIN','COMMUNE_OFFICER','DISTRICT_OFFICER')")
	public long propose(long teamId, ProposalKind kind, Long mediatorId, String content) {
		MediationTeam team = this.teams.load(teamId);
		this.scope.requireVisible(team.getUnitId(), TeamService.RECORD, teamId);
		String text = VietnameseText.clean(content);
		List<FieldProblem> problems = new ArrayList<>();
		if (kind == null) {
			problems.add(FieldProblem.of("kind", "validation.required"));
		}
		if (text == null || text.isEmpty()) {
			problems.add(FieldProblem.of("content", "validation.required"));
		}
		else if (text.length() > 2000) {
			problems.add(FieldProblem.of("content", "validation.tooLong", 2000));
		}
		if (mediatorId != null && this.mediators.findById(mediatorId)
			.filter((m) -> Long.valueOf(teamId).equals(m.getTeamId()))
			.isEmpty()) {
			problems.add(FieldProblem.of("mediatorId", "proposal.error.notInTeam"));
		}
		InvalidInput.throwIfAny(problems);
		Proposal proposal = this.proposals
			.save(new Proposal(teamId, mediatorId, kind, text, CurrentViewer.require().username()));
		this.audit.created(RECORD, proposal.getId(), team.getUnitId(),
				Changes.of("kind", null, kind).field("team", null, teamId));
		return proposal.getId();
	}

	@Transactional
	@PreAuthorize(TeamService.WRITERS)
	public void decide(long id, long version, boolean accepted, String note) {
		Proposal proposal = this.proposals.findById(id).orElseThrow(() -> new RecordNotFound(RECORD, id));
		MediationTeam team = this.teams.load(proposal.getTeamId());
		this.scope.requireVisible(team.getUnitId(), RECORD, id);
		if (proposal.getVersion() != version) {
			throw new StaleVersion(RECORD, id);
		}
		proposal.decide(accepted, VietnameseText.clean(note), CurrentViewer.require().username());
		this.audit.updated(RECORD, id, team.getUnitId(), Changes.of("status", ProposalStatus.OPEN,
				accepted ? ProposalStatus.ACCEPTED : ProposalStatus.REJECTED));
	}

}
