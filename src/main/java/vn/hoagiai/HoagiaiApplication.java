package vn.hoagiai;

import java.net.URL;
import java.security.CodeSource;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;
import org.springframework.scheduling.annotation.EnableScheduling;
import org.springframework.util.ClassUtils;

/**
 * hoagiai: the grassroots mediation programme system (hòa giải ở cơ sở).
 */
@SpringBootApplication
@ConfigurationPropertiesScan
@EnableScheduling
public class HoagiaiApplication {

	static final String AOT_ENABLED = "spring.aot.enabled";

	public static void main(String[] args) {
		if (System.getProperty(AOT_ENABLED) == null
				&& isPackagedJar(HoagiaiApplication.class.getProtectionDomain().getCodeSource())
				&& ClassUtils.isPresent(HoagiaiApplication.class.getName() + "__ApplicationContextInitializer",
						HoagiaiApplication.class.getClassLoader())) {
			System.setProperty(AOT_ENABLED, "true");
		}
		SpringApplication.run(HoagiaiApplication.class, args);
	}

	/**
	 * Whether the application runs from its packaged jar, which starts from the bean
	 * definitions Spring AOT computed when it was built ({@code process-aot}): that skips
	 * parsing the configuration classes and evaluating their conditions at every start.
	 * Only a jar: in a development run ({@code spring-boot:run}, an IDE)
	 * {@code target/classes} may hold generated code older than the sources.
	 * {@code -Dspring.aot.enabled=false} starts the jar without it.
	 */
	static boolean isPackagedJar(CodeSource source) {
		if (source == null || source.getLocation() == null) {
			return false;
		}
		URL location = source.getLocation();
		return !"file".equals(location.getProtocol()) || location.getPath().endsWith(".jar");
	}

}
