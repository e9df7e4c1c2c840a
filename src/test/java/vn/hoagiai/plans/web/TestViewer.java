package vn.hoagiai.plans.web;

import java.util.List;
import java.util.Set;

import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.authority.SimpleGrantedAuthority;

import vn.hoagiai.shared.Role;
import vn.hoagiai.shared.UnitId;
import vn.hoagiai.shared.Viewer;
import vn.hoagiai.shared.ViewerAware;

/**
 * A principal that {@code CurrentViewer} recognises, for the plans web slice tests.
 */
record TestViewer(Viewer viewer) implements ViewerAware {

	static Authentication signedIn(long unit, Role... roles) {
		Viewer viewer = new Viewer(7, "tester", UnitId.of(unit), Set.of(roles));
		List<SimpleGrantedAuthority> authorities = viewer.roles()
			.stream()
			.map((r) -> new SimpleGrantedAuthority(r.authority()))
			.toList();
		return new UsernamePasswordAuthenticationToken(new TestViewer(viewer), null, authorities);
	}

}
