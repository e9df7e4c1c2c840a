package vn.hoagiai.plans;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.List;

import org.springframework.core.io.ClassPathResource;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * A plan file under {@code src/main/resources/plans/}: plans with their parent (by key),
 * unit (by name, null for national), facts, phases, targets, tasks and section VI
 * responsibilities. Agencies are written by kind at the plan's unit
 * ({@code JUSTICE_OFFICE}), or {@code COMMITTEES_BELOW} for the People's Committees of
 * the units directly below it.
 */
record PlanData(String about, List<PlanEntry> plans) {

	static final String COMMITTEES_BELOW = "COMMITTEES_BELOW";

	record PlanEntry(String key, String unit, String parent, String numberSymbol, LocalDate issuedOn,
			String issuingBody, String title, int fromYear, int toYear, PlanStatus status, String purposes,
			String requirements, String funding, List<PlanPhase> phases, List<PlanTarget> targets,
			List<TaskEntry> tasks, List<ResponsibilityEntry> responsibilities) {

		PlanDetails details() {
			return new PlanDetails(this.numberSymbol, this.issuedOn, this.issuingBody, this.title, this.fromYear,
					this.toYear, this.purposes, this.requirements, this.funding, this.status);
		}

	}

	record TaskEntry(String code, String group, String groupTitle, String title, TimeFrame frame, String dueDay,
			List<String> lead, List<String> coordinating, String others, String expectedOutput) {

		TaskDetails details() {
			return new TaskDetails(this.code, this.group, this.groupTitle, this.title, this.frame,
					(this.dueDay != null) ? java.time.MonthDay.parse("--" + this.dueDay) : null, this.expectedOutput,
					this.others);
		}

	}

	record ResponsibilityEntry(String agency, String party, String duties) {

	}

	/** The demo progress file: successors to name, and yearly progress. */
	record Progress(String about, String plan, List<SuccessorEntry> successors, List<YearEntry> years) {

	}

	record SuccessorEntry(String from, AgencyTarget to) {

	}

	record AgencyTarget(String unit, String kind, String name) {

	}

	record YearEntry(String task, int year, YearStatus status, LocalDate doneOn, String responsible, String note,
			List<LinkEntry> links) {

	}

	record LinkEntry(String label, String url) {

	}

	static final JsonMapper JSON = JsonMapper.builder()
		.disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
		.build();

	static <T> T read(String resource, Class<T> type) {
		try (InputStream in = new ClassPathResource(resource).getInputStream()) {
			return JSON.readValue(in, type);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
