package vn.hoagiai.shared.web;

import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import io.swagger.v3.oas.models.security.SecurityScheme;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The OpenAPI document's title and its two ways in: the browser session, or a personal
 * API token sent as {@code Authorization: Bearer hg_…}.
 */
@Configuration(proxyBeanMethods = false)
class ApiDocumentation {

	@Bean
	OpenAPI hoagiaiOpenApi() {
		return new OpenAPI()
			.info(new Info().title("hoagiai API")
				.version("v1")
				.description("Grassroots mediation programme: units, teams, mediators. Errors are RFC 9457 "
						+ "problem details; another unit's record answers 404; writes carry the version "
						+ "they read (stale: 409)."))
			.components(new Components().addSecuritySchemes("token",
					new SecurityScheme().type(SecurityScheme.Type.HTTP).scheme("bearer")))
			.addSecurityItem(new SecurityRequirement().addList("token"));
	}

}
