package vn.hoagiai.identity;

import java.util.Locale;

import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

@Component
class AccountDetailsService implements UserDetailsService {

	private final UserAccountRepository users;

	AccountDetailsService(UserAccountRepository users) {
		this.users = users;
	}

	@Override
	@Transactional(readOnly = true)
	public UserDetails loadUserByUsername(String username) {
		return this.users.findByUsername(username.strip().toLowerCase(Locale.ROOT))
			.map(SignedInUser::of)
			.orElseThrow(() -> new UsernameNotFoundException("no such user"));
	}

}
