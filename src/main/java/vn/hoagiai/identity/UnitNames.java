package vn.hoagiai.identity;

import java.time.LocalDate;
import java.util.List;

import org.springframework.stereotype.Component;

import vn.hoagiai.organization.UnitDirectory;
import vn.hoagiai.organization.UnitView;
import vn.hoagiai.shared.UnitId;

/**
 * Unit names for accounts, from the organization module's directory.
 */
@Component
class UnitNames {

	private final UnitDirectory directory;

	UnitNames(UnitDirectory directory) {
		this.directory = directory;
	}

	String nameOf(UnitId unit) {
		return this.directory.name(unit).orElse(null);
	}

	/** The words a password of {@code account}'s owner must not contain. */
	PasswordContext contextOf(UserAccount account) {
		List<String> names = this.directory.ancestry(account.getUnitId(), LocalDate.now())
			.stream()
			.map(UnitView::name)
			.toList();
		return new PasswordContext(account.getUsername(), account.getDisplayName(), names);
	}

}
