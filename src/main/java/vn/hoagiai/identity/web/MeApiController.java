package vn.hoagiai.identity.web;

import java.util.List;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

import vn.hoagiai.identity.Caller;
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
		Caller caller = this.accounts.caller();
		return new Me(caller.username(), caller.displayName(),
				caller.roles().stream().map(Role::name).sorted().toList(), caller.unitId().value(), caller.unitName());
	}

	record Me(String username, String displayName, List<String> roles, long unitId, String unitName) {
	}

}
