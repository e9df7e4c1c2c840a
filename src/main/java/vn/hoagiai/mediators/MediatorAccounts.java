package vn.hoagiai.mediators;

import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.context.request.RequestAttributes;
import org.springframework.web.context.request.RequestContextHolder;

import vn.hoagiai.audit.AuditTrail;
import vn.hoagiai.audit.Changes;
import vn.hoagiai.identity.Accounts;
import vn.hoagiai.organization.UnitScope;
import vn.hoagiai.shared.FieldProblem;
import vn.hoagiai.shared.InvalidInput;
import vn.hoagiai.shared.Role;
import vn.hoagiai.shared.StaleVersion;
import vn.hoagiai.shared.Viewer;

/**
 * Links mediators to their own sign-in accounts and answers who the signed-in viewer is
 * in the register. Team leaders and mediators see their own record, their own team and
 * the cases they are assigned; without a link they see none of them.
 */
@Service
public class MediatorAccounts {

	/** Roles that may hold a mediator's own account. */
	static final Set<Role> OWN_ROLES = EnumSet.of(Role.TEAM_LEADER, Role.MEDIATOR);

	private static final String CACHE_KEY = MediatorAccounts.class.getName() + ":";

	private final JdbcClient jdbc;

	private final MediatorRepository mediators;

	private final Accounts accounts;

	private final UnitScope scope;

	private final AuditTrail audit;

	MediatorAccounts(JdbcClient jdbc, MediatorRepository mediators, Accounts accounts, UnitScope scope,
			AuditTrail audit) {
		this.jdbc = jdbc;
		this.mediators = mediators;
		this.accounts = accounts;
		this.scope = scope;
		this.audit = audit;
	}

	/**
	 * The active mediator whose account {@code viewer} signed in with, looked up once per
	 * request.
	 */
	public Optional<OwnMediator> of(Viewer viewer) {
		RequestAttributes request = RequestContextHolder.getRequestAttributes();
		String key = CACHE_KEY + viewer.username();
		if (request != null
				&& request.getAttribute(key, RequestAttributes.SCOPE_REQUEST) instanceof Optional<?> cached) {
			@SuppressWarnings("unchecked")
			Optional<OwnMediator> own = (Optional<OwnMediator>) cached;
			return own;
		}
		List<OwnMediator> found = this.jdbc
			.sql("select id, team_id, team_role from med_mediator where username = :username and status = 'ACTIVE'")
			.param("username", viewer.username())
			.query((rs, row) -> {
				long team = rs.getLong("team_id");
				return new OwnMediator(rs.getLong("id"), rs.wasNull() ? null : team,
						TeamRole.LEADER.name().equals(rs.getString("team_role")));
			})
			.list();
		Optional<OwnMediator> own = found.stream().findFirst();
		if (request != null) {
			request.setAttribute(key, own, RequestAttributes.SCOPE_REQUEST);
		}
		return own;
	}

	/**
	 * Links the mediator to the sign-in account {@code username} (blank: removes the
	 * link). The account must exist, be a team leader's or mediator's, sit in a unit the
	 * officer manages and belong to no other mediator.
	 */
	@Transactional
	@PreAuthorize(TeamService.WRITERS)
	public void link(long mediatorId, long version, String username) {
		Mediator mediator = this.mediators.findById(mediatorId)
			.orElseThrow(() -> new vn.hoagiai.shared.RecordNotFound(MediatorService.RECORD, mediatorId));
		this.scope.requireVisible(mediator.getUnitId(), MediatorService.RECORD, mediatorId);
		if (mediator.getVersion() != version) {
			throw new StaleVersion(MediatorService.RECORD, mediatorId);
		}
		String wanted = (username == null || username.isBlank()) ? null : username.strip();
		if (wanted != null) {
			Optional<Viewer> account = this.accounts.account(wanted);
			if (account.isEmpty() || !this.scope.canSee(account.get().unitId())) {
				throw new InvalidInput(List.of(FieldProblem.of("username", "mediator.account.error.unknown")));
			}
			if (account.get().roles().stream().noneMatch(OWN_ROLES::contains)) {
				throw new InvalidInput(List.of(FieldProblem.of("username", "mediator.account.error.role")));
			}
			Long holder = this.jdbc.sql("select id from med_mediator where username = :username and id <> :id")
				.param("username", wanted)
				.param("id", mediatorId)
				.query(Long.class)
				.optional()
				.orElse(null);
			if (holder != null) {
				throw new InvalidInput(List.of(FieldProblem.of("username", "mediator.account.error.taken")));
			}
		}
		Changes changes = Changes.of("account", mediator.getUsername(), wanted);
		mediator.linkAccount(wanted);
		this.mediators.flush();
		this.audit.updated(MediatorService.RECORD, mediatorId, mediator.getUnitId(), changes);
	}

}
