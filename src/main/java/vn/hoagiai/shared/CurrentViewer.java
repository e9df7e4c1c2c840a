package vn.hoagiai.shared;

import java.util.Optional;

import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * Reads the signed-in {@link Viewer} from the security context.
 */
public final class CurrentViewer {

	private CurrentViewer() {
	}

	public static Optional<Viewer> find() {
		Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
		if (authentication != null && authentication.getPrincipal() instanceof ViewerAware aware) {
			return Optional.of(aware.viewer());
		}
		return Optional.empty();
	}

	/**
	 * The signed-in viewer; fails when nobody is signed in, which the security chain
	 * prevents for every protected path.
	 */
	public static Viewer require() {
		return find().orElseThrow(() -> new IllegalStateException("No signed-in user"));
	}

}
