package vn.hoagiai.identity;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.hoagiai.organization.UnitDirectory;
import vn.hoagiai.organization.UnitScope;
import vn.hoagiai.organization.UnitView;
import vn.hoagiai.organization.VisibleUnits;
import vn.hoagiai.shared.RecordNotFound;
import vn.hoagiai.shared.UnitId;

/**
 * What administrators read about accounts: a filtered, paged list and single users, only
 * in the units they may see; and the units they may place a user in.
 */
@Service
@PreAuthorize("hasRole('ADMIN')")
@Transactional(readOnly = true)
public class UserDirectory {

	static final int PAGE_SIZE = 20;

	/** Levels offered when placing a user: province, district and commune level. */
	static final int DEEPEST_LEVEL = 3;

	private final UserAccountRepository users;

	private final UnitScope scope;

	private final UnitDirectory units;

	UserDirectory(UserAccountRepository users, UnitScope scope, UnitDirectory units) {
		this.users = users;
		this.scope = scope;
		this.units = units;
	}

	/** Users matching {@code filter}, by username, page {@code page} (from 0). */
	public Page<UserSummary> search(UserFilter filter, int page) {
		VisibleUnits visible = this.scope.visibleUnits();
		PageRequest request = PageRequest.of(Math.max(page, 0), PAGE_SIZE, Sort.by("username"));
		Map<UnitId, String> names = new HashMap<>();
		return this.users.findAll(UserSpecifications.matching(filter, visible), request)
			.map((account) -> summary(account, names.computeIfAbsent(account.getUnitId(), this::nameOf)));
	}

	/**
	 * One user; a user outside the administrator's units answers {@link RecordNotFound}.
	 */
	public UserSummary find(long id) {
		UserAccount account = this.users.findById(id).orElseThrow(() -> new RecordNotFound("User", id));
		this.scope.requireVisible(account.getUnitId(), "User", id);
		return summary(account, nameOf(account.getUnitId()));
	}

	/** The units the administrator may place a user in, each tree depth-first. */
	public List<UnitChoice> unitChoices() {
		VisibleUnits visible = this.scope.visibleUnits();
		LocalDate today = LocalDate.now();
		List<UnitChoice> choices = new ArrayList<>();
		for (UnitView root : this.units.roots(today)) {
			collect(root, 0, visible, today, choices);
		}
		return choices;
	}

	private void collect(UnitView unit, int depth, VisibleUnits visible, LocalDate today, List<UnitChoice> into) {
		if (visible.contains(unit.id())) {
			into.add(new UnitChoice(unit.id().value(), unit.name(), depth));
		}
		if (unit.type().level() < DEEPEST_LEVEL) {
			for (UnitView child : this.units.children(unit.id(), today)) {
				collect(child, depth + 1, visible, today, into);
			}
		}
	}

	private String nameOf(UnitId unit) {
		return this.units.find(unit).map(UnitView::name).orElse(null);
	}

	static UserSummary summary(UserAccount account, String unitName) {
		return new UserSummary(account.getId(), account.getUsername(), account.getDisplayName(), account.getUnitId(),
				unitName, account.getRoles(), account.isActive(), account.isMustChangePassword(),
				LocalTimes.local(account.getLastLoginAt()), LocalTimes.local(account.getDeactivatedAt()),
				account.getDeactivationReason(), account.getVersion());
	}

}
