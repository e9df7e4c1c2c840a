package vn.hoagiai.plans;

import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The city's plan as shipped: exactly its tasks 1.1 to 8.2 with the plan's lead agencies
 * and time frames, its five targets and its section VI responsibilities.
 */
class PlanDataTests {

	private final PlanData data = PlanData.read(PlansDemoData.PLAN_FILE, PlanData.class);

	@Test
	void cityPlanHasExactlyItsTasksInOrder() {
		assertThat(city().tasks()).extracting(PlanData.TaskEntry::code)
			.containsExactly("1.1", "1.2", "2", "3.1", "3.2", "4.1", "4.2", "5.1", "5.2", "6.1", "6.2", "7.1", "7.2",
					"8.1", "8.2");
	}

	@Test
	void leadAgenciesAndTimeFramesAreThePlans() {
		assertThat(task("4.2").lead()).containsExactly("FINANCE_PLANNING_OFFICE");
		assertThat(task("6.1").lead()).containsExactly("JUSTICE_OFFICE", "POLICE", "MILITARY_COMMAND",
				PlanData.COMMITTEES_BELOW);
		assertThat(task("8.2").coordinating()).contains("HOME_AFFAIRS_OFFICE");
		assertThat(task("7.2").frame()).isEqualTo(TimeFrame.atLeastEvery(5));
		assertThat(task("1.1").frame()).isEqualTo(TimeFrame.years(2024, 2026));
		assertThat(task("1.2").frame()).isEqualTo(TimeFrame.years(2027, 2030));
		assertThat(task("4.1").frame()).isEqualTo(TimeFrame.years(2025, 2026));
		assertThat(task("8.1").frame()).isEqualTo(TimeFrame.years(2024, 2030));
		assertThat(task("3.2").frame()).isEqualTo(TimeFrame.everyYear());
	}

	@Test
	void cityPlanHasItsFiveTargetsAsIndicatorCodesAndItsParents() {
		assertThat(city().targets()).extracting(PlanTarget::code)
			.containsExactly("TEAMS_CONSOLIDATED", "MEDIATORS_TRAINED", "MATERIAL_ACCESS", "SUCCESS_RATE",
					"TYPICAL_MODEL_UNITS");
		assertThat(city().parent()).isEqualTo("439");
		PlanData.PlanEntry province = this.data.plans().get(1);
		assertThat(province.numberSymbol()).isEqualTo("439/KH-UBND");
		assertThat(province.issuedOn()).hasToString("2024-06-26");
		assertThat(province.parent()).isEqualTo("315");
		assertThat(this.data.plans().get(0).issuedOn()).hasToString("2024-04-17");
		assertThat(city().responsibilities()).hasSize(8);
	}

	private PlanData.PlanEntry city() {
		return this.data.plans().get(2);
	}

	private PlanData.TaskEntry task(String code) {
		List<PlanData.TaskEntry> tasks = city().tasks();
		return tasks.stream().filter((t) -> t.code().equals(code)).findFirst().orElseThrow();
	}

}
