package vn.hoagiai.shared.web;

import java.sql.SQLTransientConnectionException;

import jakarta.servlet.ServletException;

import org.junit.jupiter.api.Test;
import org.springframework.context.support.ResourceBundleMessageSource;
import org.springframework.jdbc.CannotGetJdbcConnectionException;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class DatabaseUnavailableFilterTests {

	private final DatabaseUnavailableFilter filter = new DatabaseUnavailableFilter(messages());

	@Test
	void answers503WithAVietnamesePageWhenTheSessionStoreCannotConnect() throws Exception {
		MockHttpServletRequest request = new MockHttpServletRequest("GET", "/units");
		request.setServletPath("/units");
		MockHttpServletResponse response = new MockHttpServletResponse();

		this.filter.doFilter(request, response, (req, res) -> {
			throw new CannotGetJdbcConnectionException("down",
					new SQLTransientConnectionException("Connection is not available"));
		});

		assertThat(response.getStatus()).isEqualTo(503);
		assertThat(response.getHeader("Retry-After")).isEqualTo("30");
		assertThat(response.getContentAsString()).contains("Tạm thời không phục vụ được").doesNotContain("Exception");
	}

	@Test
	void answersProblemDetailOnTheApi() throws Exception {
		MockHttpServletRequest request = new MockHttpServletRequest("GET", "/api/v1/units");
		request.setServletPath("/api/v1/units");
		MockHttpServletResponse response = new MockHttpServletResponse();

		this.filter.doFilter(request, response, (req, res) -> {
			throw new ServletException(new SQLTransientConnectionException("timeout"));
		});

		assertThat(response.getStatus()).isEqualTo(503);
		assertThat(response.getContentType()).startsWith("application/problem+json");
		assertThat(response.getContentAsString()).contains("\"status\":503");
	}

	@Test
	void letsOtherFailuresThrough() {
		MockHttpServletRequest request = new MockHttpServletRequest("GET", "/");
		MockHttpServletResponse response = new MockHttpServletResponse();

		assertThatThrownBy(() -> this.filter.doFilter(request, response, (req, res) -> {
			throw new IllegalStateException("bug");
		})).isInstanceOf(IllegalStateException.class);
	}

	private static ResourceBundleMessageSource messages() {
		ResourceBundleMessageSource source = new ResourceBundleMessageSource();
		source.setBasenames("messages/shared");
		source.setDefaultEncoding("UTF-8");
		source.setFallbackToSystemLocale(false);
		return source;
	}

}
