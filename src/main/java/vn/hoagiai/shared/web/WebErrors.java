package vn.hoagiai.shared.web;

import java.net.URI;
import java.util.Locale;
import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.MessageSource;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.CannotGetJdbcConnectionException;
import org.springframework.transaction.CannotCreateTransactionException;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.servlet.ModelAndView;

import vn.hoagiai.shared.BusinessRuleViolation;
import vn.hoagiai.shared.InvalidInput;
import vn.hoagiai.shared.RecordNotFound;
import vn.hoagiai.shared.StaleVersion;

/**
 * Maps the business exceptions once: RFC 9457 problem details for {@code /api}, the error
 * page for pages, the error fragment for htmx requests. No stack trace ever reaches a
 * user.
 */
@ControllerAdvice
class WebErrors {

	static final String PAGE = "error";

	static final String FRAGMENT = "fragments/error :: error";

	private static final Logger log = LoggerFactory.getLogger(WebErrors.class);

	private final MessageSource messages;

	WebErrors(MessageSource messages) {
		this.messages = messages;
	}

	@ExceptionHandler(RecordNotFound.class)
	Object notFound(RecordNotFound ex, HttpServletRequest request, Locale locale) {
		return answer(HttpStatus.NOT_FOUND, "error.404.detail", request, locale);
	}

	@ExceptionHandler({ StaleVersion.class, OptimisticLockingFailureException.class })
	Object conflict(RuntimeException ex, HttpServletRequest request, Locale locale) {
		return answer(HttpStatus.CONFLICT, "error.409.detail", request, locale);
	}

	@ExceptionHandler(BusinessRuleViolation.class)
	Object rule(BusinessRuleViolation ex, HttpServletRequest request, Locale locale) {
		return answer(HttpStatus.UNPROCESSABLE_CONTENT, ex.messageKey(), request, locale, ex.args());
	}

	@ExceptionHandler(MaxUploadSizeExceededException.class)
	Object tooLarge(MaxUploadSizeExceededException ex, HttpServletRequest request, Locale locale) {
		return answer(HttpStatus.CONTENT_TOO_LARGE, "error.413.detail", request, locale);
	}

	@ExceptionHandler(InvalidInput.class)
	Object invalid(InvalidInput ex, HttpServletRequest request, Locale locale) {
		if (!isApi(request)) {
			return answer(HttpStatus.UNPROCESSABLE_CONTENT, "error.422.detail", request, locale);
		}
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.UNPROCESSABLE_CONTENT,
				this.messages.getMessage("error.422.detail", null, locale));
		problem.setInstance(URI.create(request.getRequestURI()));
		problem.setProperty("correlationId", request.getAttribute(CorrelationIdFilter.ATTRIBUTE));
		problem.setProperty("errors",
				ex.problems()
					.stream()
					.map((p) -> Map.of("field", p.field(), "message",
							this.messages.getMessage(p.messageKey(), p.argsArray(), p.messageKey(), locale)))
					.toList());
		return ResponseEntity.status(HttpStatus.UNPROCESSABLE_CONTENT).body(problem);
	}

	@ExceptionHandler({ CannotGetJdbcConnectionException.class, CannotCreateTransactionException.class,
			DataAccessResourceFailureException.class })
	Object unavailable(RuntimeException ex, HttpServletRequest request, Locale locale) {
		log.warn("Database unavailable: {}", ex.getMessage());
		return answer(HttpStatus.SERVICE_UNAVAILABLE, "error.503.detail", request, locale);
	}

	private Object answer(HttpStatus status, String key, HttpServletRequest request, Locale locale, Object... args) {
		String detail = this.messages.getMessage(key, args, key, locale);
		String correlationId = (String) request.getAttribute(CorrelationIdFilter.ATTRIBUTE);
		if (isApi(request)) {
			ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
			problem.setInstance(URI.create(request.getRequestURI()));
			problem.setProperty("correlationId", correlationId);
			return ResponseEntity.status(status).body(problem);
		}
		boolean htmx = request.getHeader("HX-Request") != null;
		ModelAndView view = new ModelAndView(htmx ? FRAGMENT : PAGE);
		view.setStatus(status);
		view.addObject("status", status.value());
		view.addObject("detail", detail);
		view.addObject(CorrelationIdFilter.ATTRIBUTE, correlationId);
		return view;
	}

	/**
	 * Whether the request is for the JSON API (the servlet path is empty under MockMvc).
	 */
	static boolean isApi(HttpServletRequest request) {
		return request.getRequestURI().substring(request.getContextPath().length()).startsWith("/api/");
	}

}
