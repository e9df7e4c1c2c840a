package vn.hoagiai.identity.web;

import java.time.LocalDate;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import org.springframework.format.annotation.DateTimeFormat;

/**
 * A new personal API token: a name to recognise it by and an optional last day.
 */
record TokenForm(
		@NotBlank(message = "{validation.required}") @Size(max = 100,
				message = "{identity.token.error.name}") String name,
		@DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate expiresOn) {

	static TokenForm empty() {
		return new TokenForm(null, null);
	}

}
