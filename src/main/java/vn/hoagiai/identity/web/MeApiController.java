package vn.hoagiai.identity.web;

import java.util.List;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

import vn.hoagiai.identity.AccountProfile;
import vn.hoagiai.identity.Accounts;
import vn.hoagiai.shared.Role;

/**
 * Who the caller is, for API clients.
 */
@RestController
class MeApiController {

	private final Accounts accounts;

	MeApiController(Accounts accounts) {
		this.accounts = accounts;
	}

	@GetMapping("/api/v1/me")
	Me me() {
		AccountProfile profile = this.accounts.profile();
		return new Me(profile.username(), profile.displayName(),
				profile.roles().stream().map(Role::name).sorted().toList(), profile.unitId().value(),
				profile.unitName());
	}

	record Me(String username, String displayName, List<String> roles, long unitId, String unitName) {
	}

}
