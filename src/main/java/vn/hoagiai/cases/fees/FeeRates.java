package vn.hoagiai.cases.fees;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.hoagiai.audit.AuditTrail;
import vn.hoagiai.audit.Changes;
import vn.hoagiai.organization.UnitDirectory;
import vn.hoagiai.organization.UnitScope;
import vn.hoagiai.organization.UnitView;
import vn.hoagiai.shared.FieldProblem;
import vn.hoagiai.shared.InvalidInput;
import vn.hoagiai.shared.RecordNotFound;
import vn.hoagiai.shared.StaleVersion;
import vn.hoagiai.shared.UnitId;
import vn.hoagiai.shared.VietnameseText;

/**
 * Fee rate tables per province, kept by administrators and provincial officers for the
 * provinces in their scope. Periods of one province never overlap; amounts are positive
 * and within the ceiling.
 */
@Service
@Transactional(readOnly = true)
public class FeeRates {

	static final String RECORD = "FeeRate";

	static final String KEEPERS = "hasAnyRole('ADMIN','PROVINCE_OFFICER')";

	private final FeeRateRepository rates;

	private final UnitScope scope;

	private final UnitDirectory units;

	private final AuditTrail audit;

	FeeRates(FeeRateRepository rates, UnitScope scope, UnitDirectory units, AuditTrail audit) {
		this.rates = rates;
		this.scope = scope;
		this.units = units;
		this.audit = audit;
	}

	/** A rate as the page and the API show it. */
	public record RateView(long id, UnitId provinceId, String provinceName, RateDetails details, long version) {

	}

	/** Every rate of the provinces the viewer may see, newest first. */
	public List<RateView> list() {
		List<RateView> views = new ArrayList<>();
		for (UnitView province : provinces()) {
			for (FeeRate r : this.rates.findByProvinceIdOrderByValidFromDesc(province.id().value())) {
				views.add(view(r, province));
			}
		}
		return views;
	}

	/** The provinces the viewer may keep rates for (existing today or earlier). */
	public List<UnitView> provinces() {
		return this.units.visible(this.scope.visibleUnits(), LocalDate.now())
			.stream()
			.filter((u) -> u.type().level() == 1)
			.toList();
	}

	@Transactional
	@PreAuthorize(KEEPERS)
	public long create(UnitId province, RateDetails details) {
		UnitView unit = requireProvince(province);
		RateDetails clean = clean(details);
		InvalidInput.throwIfAny(check(clean, unit.id(), null));
		FeeRate rate = this.rates.save(new FeeRate(unit.id(), clean));
		this.audit.created(RECORD, rate.getId(), unit.id(), changes(null, clean));
		return rate.getId();
	}

	@Transactional
	@PreAuthorize(KEEPERS)
	public void update(long id, long version, RateDetails details) {
		FeeRate rate = this.rates.findById(id).orElseThrow(() -> new RecordNotFound(RECORD, id));
		this.scope.requireVisible(rate.getProvinceId(), RECORD, id);
		if (rate.getVersion() != version) {
			throw new StaleVersion(RECORD, id);
		}
		RateDetails clean = clean(details);
		InvalidInput.throwIfAny(check(clean, rate.getProvinceId(), id));
		Changes changes = changes(rate.details(), clean);
		rate.apply(clean);
		this.audit.updated(RECORD, id, rate.getProvinceId(), changes);
	}

	private UnitView requireProvince(UnitId province) {
		if (province == null) {
			throw new InvalidInput(List.of(FieldProblem.of("provinceId", "validation.required")));
		}
		UnitView unit = this.scope.requireUnit(province);
		if (unit.type().level() != 1) {
			throw new InvalidInput(List.of(FieldProblem.of("provinceId", "fee.rate.notProvince")));
		}
		return unit;
	}

	private List<FieldProblem> check(RateDetails d, UnitId province, Long self) {
		List<FieldProblem> problems = RateRules.check(d);
		if (problems.isEmpty()) {
			for (FeeRate other : this.rates.findByProvinceIdOrderByValidFromDesc(province.value())) {
				if (!other.getId().equals(self) && other.details().overlaps(d.validFrom(), d.validTo())) {
					problems.add(FieldProblem.of("validFrom", "fee.rate.overlap"));
					break;
				}
			}
		}
		return problems;
	}

	private static RateDetails clean(RateDetails d) {
		return new RateDetails(d.successful(), d.unsuccessful(), d.ceiling(), VietnameseText.clean(d.legalBasis()),
				d.validFrom(), d.validTo());
	}

	private static Changes changes(RateDetails before, RateDetails after) {
		return Changes.of("successful", (before != null) ? before.successful() : null, after.successful())
			.field("unsuccessful", (before != null) ? before.unsuccessful() : null, after.unsuccessful())
			.field("ceiling", (before != null) ? before.ceiling() : null, after.ceiling())
			.field("legalBasis", (before != null) ? before.legalBasis() : null, after.legalBasis())
			.field("validFrom", (before != null) ? before.validFrom() : null, after.validFrom())
			.field("validTo", (before != null) ? before.validTo() : null, after.validTo());
	}

	private RateView view(FeeRate r, UnitView province) {
		return new RateView(r.getId(), province.id(), province.name(), r.details(), r.getVersion());
	}

}
