package vn.hoagiai;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;
import org.springframework.scheduling.annotation.EnableScheduling;

/**
 * hoagiai: the grassroots mediation programme system (hòa giải ở cơ sở).
 */
@SpringBootApplication
@ConfigurationPropertiesScan
@EnableScheduling
public class HoagiaiApplication {

	public static void main(String[] args) {
		SpringApplication.run(HoagiaiApplication.class, args);
	}

}
