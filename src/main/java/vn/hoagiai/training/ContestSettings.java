package vn.hoagiai.training;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The contests' settings ({@code hoagiai.training.contests.*}).
 *
 * @param intervalYears each unit holds or takes part in a contest at least once in this
 * many years (the plan's task 7.2: five)
 * @param publicUrl the address the public reaches this deployment at, printed on
 * certificates for verification ("https://hoagiai.example.vn"); empty to use the address
 * of the request
 */
@ConfigurationProperties("hoagiai.training.contests")
public record ContestSettings(@DefaultValue("5") int intervalYears, @DefaultValue("") String publicUrl) {

}
