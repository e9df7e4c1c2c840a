package vn.hoagiai.shared;

/**
 * Implemented by the authentication principal so that modules can learn the current
 * {@link Viewer} without depending on the identity module.
 */
public interface ViewerAware {

	Viewer viewer();

}
