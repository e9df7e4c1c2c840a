package vn.hoagiai.plans;

import java.time.LocalDate;
import java.util.Map;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import vn.hoagiai.organization.AgencyKind;
import vn.hoagiai.organization.AgencyView;
import vn.hoagiai.organization.NewAgencyCommand;
import vn.hoagiai.organization.UnitAdministration;
import vn.hoagiai.organization.UnitView;
import vn.hoagiai.shared.Deployment;

/**
 * Demo plans: the national programme, the province's plan and the city's plan from
 * {@code plans/bac-kan-city-2024.json}, then the 2024 and 2025 progress of
 * {@code plans/demo-progress.json}. The city's agencies ended with the district level on
 * 1/7/2025; their successors are named through the organization module, which hands their
 * open tasks over as a real reorganisation would. Loaded only into an empty plan register
 * of a demo deployment, after the demo map.
 */
@Component
@Order(40)
class PlansDemoData implements ApplicationRunner {

	static final String PLAN_FILE = "plans/bac-kan-city-2024.json";

	static final String PROGRESS_FILE = "plans/demo-progress.json";

	private static final Logger log = LoggerFactory.getLogger(PlansDemoData.class);

	private final Deployment deployment;

	private final PlanRepository plans;

	private final PlanFileLoader loader;

	private final PlanTaskRepository tasks;

	private final TaskYearRepository years;

	private final EvidenceRepository evidence;

	private final Agencies agencies;

	private final UnitAdministration administration;

	private final Handovers handovers;

	private final TransactionTemplate transaction;

	PlansDemoData(Deployment deployment, PlanRepository plans, PlanFileLoader loader, PlanTaskRepository tasks,
			TaskYearRepository years, EvidenceRepository evidence, Agencies agencies, UnitAdministration administration,
			Handovers handovers, PlatformTransactionManager transactions) {
		this.deployment = deployment;
		this.plans = plans;
		this.loader = loader;
		this.tasks = tasks;
		this.years = years;
		this.evidence = evidence;
		this.agencies = agencies;
		this.administration = administration;
		this.handovers = handovers;
		this.transaction = new TransactionTemplate(transactions);
	}

	@Override
	public void run(ApplicationArguments args) {
		if (this.deployment.demo()) {
			this.transaction.executeWithoutResult((status) -> {
				if (this.plans.count() == 0) {
					load();
				}
			});
		}
	}

	void load() {
		LocalDate start = LocalDate.of(2024, 1, 1);
		try {
			this.loader.unit("Thành phố Bắc Kạn", start);
		}
		catch (IllegalStateException ex) {
			log.warn("Demo plans not loaded: the demo map is missing ({})", ex.getMessage());
			return;
		}
		Map<String, Plan> loaded = this.loader.load(PlanData.read(PLAN_FILE, PlanData.class));
		PlanData.Progress progress = PlanData.read(PROGRESS_FILE, PlanData.Progress.class);
		Plan plan = loaded.get(progress.plan());
		Map<String, PlanTask> byCode = new java.util.HashMap<>();
		this.tasks.findByPlanIdOrderByPosition(plan.getId()).forEach((t) -> byCode.put(t.getCode(), t));
		for (PlanData.YearEntry entry : progress.years()) {
			TaskYear year = this.years.findByTaskIdAndYear(byCode.get(entry.task()).getId(), entry.year())
				.orElseThrow();
			year.record(new YearProgress(entry.status(), entry.note(), entry.responsible(), entry.doneOn()));
			if (entry.links() != null) {
				entry.links()
					.forEach((l) -> this.evidence.save(Evidence.link(year.getId(), l.label(), l.url(), "demo")));
			}
		}
		this.years.flush();
		UnitView city = this.loader.unit("Thành phố Bắc Kạn", start);
		for (PlanData.SuccessorEntry successor : progress.successors()) {
			AgencyView from = this.agencies.allOf(city.id())
				.stream()
				.filter((a) -> a.kind() == AgencyKind.valueOf(successor.from()))
				.findFirst()
				.orElseThrow();
			this.administration.setAgencySuccessor(from.id(), target(successor.to(), from.validTo()));
		}
		int passed = this.handovers.catchUp();
		log.info("Demo plans loaded: {} plans, {} yearly records, {} more tasks handed over", loaded.size(),
				progress.years().size(), passed);
	}

	private long target(PlanData.AgencyTarget to, LocalDate from) {
		LocalDate on = (from != null) ? from : LocalDate.now();
		UnitView unit = this.loader.unit(to.unit(), on);
		AgencyKind kind = AgencyKind.valueOf(to.kind());
		return this.agencies.allOf(unit.id())
			.stream()
			.filter((a) -> a.kind() == kind && (to.name() == null || a.name().equals(to.name())))
			.map(AgencyView::id)
			.findFirst()
			.orElseGet(() -> this.administration
				.createAgency(new NewAgencyCommand(unit.id().value(), kind, to.name(), on)));
	}

}
