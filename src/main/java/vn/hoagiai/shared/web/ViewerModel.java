package vn.hoagiai.shared.web;

import java.util.LinkedHashMap;
import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.util.UriComponentsBuilder;

import vn.hoagiai.shared.CurrentViewer;
import vn.hoagiai.shared.Viewer;

/**
 * Puts the signed-in viewer and the language links in every page model, for the
 * navigation.
 */
@ControllerAdvice
class ViewerModel {

	@ModelAttribute("viewer")
	Viewer viewer() {
		return CurrentViewer.find().orElse(null);
	}

	/**
	 * The current page in the other language: same path and query, {@code lang} replaced.
	 */
	@ModelAttribute("languageLinks")
	Map<String, String> languageLinks(HttpServletRequest request) {
		String path = request.getRequestURI().substring(request.getContextPath().length());
		Map<String, String> links = new LinkedHashMap<>();
		for (String language : new String[] { "vi", "en" }) {
			links.put(language,
					UriComponentsBuilder.fromPath(path)
						.query(request.getQueryString())
						.replaceQueryParam("lang", language)
						.build()
						.toUriString());
		}
		return links;
	}

}
