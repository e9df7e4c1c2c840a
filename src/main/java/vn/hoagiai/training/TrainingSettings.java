package vn.hoagiai.training;

import java.time.LocalDate;
import java.util.Set;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * The training module's settings ({@code hoagiai.training.*}).
 *
 * @param trainedKinds the event kinds that count for "trained in the period"
 * @param requiredCategories the library categories of "has used the material set"
 * @param planFrom first day of the plan period shown on a mediator's record
 * @param planTo last day of the plan period
 * @param maxUpload the largest library file accepted
 */
@ConfigurationProperties("hoagiai.training")
public record TrainingSettings(@DefaultValue( {
		"COURSE", "REFRESHER" }) Set<EventKind> trainedKinds,
		@DefaultValue({ "LAW_TEXT", "SKILLS", "CASE_STUDIES" }) Set<Category> requiredCategories,
		@DefaultValue("2024-01-01") LocalDate planFrom, @DefaultValue("2030-12-31") LocalDate planTo,
		@DefaultValue("50MB") DataSize maxUpload){

	public TrainingSettings {
		trainedKinds = Set.copyOf(trainedKinds);
		requiredCategories = Set.copyOf(requiredCategories);
	}

}
