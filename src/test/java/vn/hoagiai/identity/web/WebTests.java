package vn.hoagiai.identity.web;

/**
 * Settings shared by the identity web slices.
 */
final class WebTests {

	/**
	 * The correlation-id filter's bean name collides with Spring's own
	 * {@code requestContextFilter} in a web slice; the slices leave it out.
	 */
	static final String SHARED_FILTERS = "vn\\.hoagiai\\.shared\\.web\\.RequestContextFilter";

	private WebTests() {
	}

}
