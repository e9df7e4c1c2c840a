package vn.hoagiai.training.web;

import java.util.List;
import java.util.Locale;

import org.springframework.context.MessageSource;
import org.springframework.validation.BindingResult;
import org.springframework.validation.FieldError;

import vn.hoagiai.shared.FieldProblem;
import vn.hoagiai.shared.InvalidInput;

/**
 * Puts the service's field problems beside the form's fields, or reads them out for a
 * message above the page.
 */
final class FormErrors {

	private FormErrors() {
	}

	static void bind(InvalidInput ex, BindingResult result) {
		for (FieldProblem problem : ex.problems()) {
			if (isField(result, problem.field())) {
				result.addError(new FieldError(result.getObjectName(), problem.field(), null, false,
						new String[] { problem.messageKey() }, problem.argsArray(), problem.messageKey()));
			}
			else {
				result.reject(problem.messageKey(), problem.argsArray(), problem.messageKey());
			}
		}
	}

	/** The problems as the viewer reads them, for a flash message above the page. */
	static List<String> texts(MessageSource messages, InvalidInput ex, Locale locale) {
		return ex.problems()
			.stream()
			.map((p) -> messages.getMessage(p.messageKey(), p.argsArray(), p.messageKey(), locale))
			.distinct()
			.toList();
	}

	private static boolean isField(BindingResult result, String field) {
		try {
			result.getFieldType(field);
			return result.getFieldType(field) != null;
		}
		catch (RuntimeException ex) {
			return false;
		}
	}

}
