package vn.hoagiai.training;

import java.util.Optional;

import org.springframework.stereotype.Component;

import vn.hoagiai.mediators.MediatorAccounts;
import vn.hoagiai.mediators.OwnMediator;
import vn.hoagiai.shared.CurrentViewer;

/**
 * Which mediator of the register a sign-in account is (the mediators module keeps the
 * link), so that what they open and the quizzes they take are counted for that mediator.
 */
@Component
class Learners {

	private final MediatorAccounts accounts;

	Learners(MediatorAccounts accounts) {
		this.accounts = accounts;
	}

	/** The signed-in viewer's mediator, if the account is linked to one. */
	Optional<Long> current() {
		return CurrentViewer.find().flatMap(this.accounts::of).map(OwnMediator::mediatorId);
	}

}
