package vn.hoagiai.shared.web;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.sql.SQLTransientConnectionException;
import java.util.Locale;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.MessageSource;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.CannotCreateTransactionException;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.util.HtmlUtils;

/**
 * When the database cannot be reached (the session store fails before any controller
 * runs), answers 503 at once with a plain page or problem detail, without touching the
 * database again to render it. The connection pool reconnects by itself when the database
 * returns.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 10)
class DatabaseUnavailableFilter extends OncePerRequestFilter {

	private static final Logger log = LoggerFactory.getLogger(DatabaseUnavailableFilter.class);

	private static final Locale VIETNAMESE = Locale.forLanguageTag("vi");

	private final MessageSource messages;

	DatabaseUnavailableFilter(MessageSource messages) {
		this.messages = messages;
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		try {
			chain.doFilter(request, response);
		}
		catch (RuntimeException | ServletException ex) {
			if (!isDatabaseUnavailable(ex) || response.isCommitted()) {
				throw ex;
			}
			log.warn("Database unavailable for {}: {}", request.getRequestURI(), ex.getMessage());
			writeUnavailable(request, response);
		}
	}

	static boolean isDatabaseUnavailable(Throwable ex) {
		for (Throwable cause = ex; cause != null; cause = cause.getCause()) {
			if (cause instanceof SQLTransientConnectionException || cause instanceof CannotCreateTransactionException
					|| cause instanceof DataAccessResourceFailureException
					|| cause instanceof java.net.ConnectException) {
				return true;
			}
		}
		return false;
	}

	private void writeUnavailable(HttpServletRequest request, HttpServletResponse response) throws IOException {
		String title = this.messages.getMessage("error.503.title", null, VIETNAMESE);
		String detail = this.messages.getMessage("error.503.detail", null, VIETNAMESE);
		Object correlationId = request.getAttribute(CorrelationIdFilter.ATTRIBUTE);
		response.resetBuffer();
		response.setStatus(HttpServletResponse.SC_SERVICE_UNAVAILABLE);
		response.setHeader("Retry-After", "30");
		response.setCharacterEncoding(StandardCharsets.UTF_8.name());
		if (WebErrors.isApi(request)) {
			response.setContentType("application/problem+json");
			response.getWriter()
				.write("{\"status\":503,\"title\":\"" + escapeJson(title) + "\",\"detail\":\"" + escapeJson(detail)
						+ "\",\"correlationId\":\"" + correlationId + "\"}");
			return;
		}
		response.setContentType("text/html");
		response.getWriter()
			.write("<!DOCTYPE html><html lang=\"vi\"><head><meta charset=\"utf-8\"><meta name=\"viewport\" "
					+ "content=\"width=device-width, initial-scale=1\"><title>" + HtmlUtils.htmlEscape(title, "UTF-8")
					+ "</title></head><body><h1>" + HtmlUtils.htmlEscape(title, "UTF-8") + "</h1><p>"
					+ HtmlUtils.htmlEscape(detail, "UTF-8") + "</p><p>" + ((correlationId != null) ? correlationId : "")
					+ "</p></body></html>");
	}

	private static String escapeJson(String text) {
		return text.replace("\\", "\\\\").replace("\"", "\\\"");
	}

}
