package vn.hoagiai.cases;

import java.util.Optional;

import org.springframework.stereotype.Component;

import vn.hoagiai.mediators.MediatorAccounts;
import vn.hoagiai.mediators.OwnMediator;
import vn.hoagiai.shared.Viewer;

/**
 * Which mediator a signed-in mediator or team leader is (the mediators module keeps the
 * link), so that a case opens only to the mediators assigned to it. Accounts without a
 * link are assigned to nothing.
 */
@Component
class CaseAccounts {

	private final MediatorAccounts accounts;

	CaseAccounts(MediatorAccounts accounts) {
		this.accounts = accounts;
	}

	Optional<Long> mediatorOf(Viewer viewer) {
		return this.accounts.of(viewer).map(OwnMediator::mediatorId);
	}

}
