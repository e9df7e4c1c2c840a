package vn.hoagiai.shared.web;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

import vn.hoagiai.shared.CurrentViewer;
import vn.hoagiai.shared.Viewer;

/**
 * Puts the signed-in viewer and the current path in every page model, for the navigation.
 */
@ControllerAdvice
class ViewerModel {

	@ModelAttribute("viewer")
	Viewer viewer() {
		return CurrentViewer.find().orElse(null);
	}

	@ModelAttribute("currentPath")
	String currentPath(HttpServletRequest request) {
		return request.getServletPath();
	}

}
