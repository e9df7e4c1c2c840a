package vn.hoagiai.indicators;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.hoagiai.audit.AuditTrail;
import vn.hoagiai.audit.Changes;
import vn.hoagiai.organization.UnitDirectory;
import vn.hoagiai.organization.UnitScope;
import vn.hoagiai.organization.UnitView;
import vn.hoagiai.shared.CurrentViewer;
import vn.hoagiai.shared.FieldProblem;
import vn.hoagiai.shared.InvalidInput;
import vn.hoagiai.shared.Role;
import vn.hoagiai.shared.StaleVersion;
import vn.hoagiai.shared.UnitId;
import vn.hoagiai.shared.Viewer;
import vn.hoagiai.shared.VietnameseText;

/**
 * Targets per unit and year: read with what applies, set by the justice office of the
 * unit or of a unit above it (officers and administrators within their scope). Every
 * change is version-checked and audited; all the changes of one form are saved or none.
 */
@Service
@Transactional(readOnly = true)
public class TargetService {

	static final String RECORD = "IndicatorTarget";

	private final IndicatorTargetRepository targets;

	private final UnitScope scope;

	private final UnitDirectory directory;

	private final AuditTrail audit;

	private final ReportingCalendar calendar;

	TargetService(IndicatorTargetRepository targets, UnitScope scope, UnitDirectory directory, AuditTrail audit,
			IndicatorProperties properties) {
		this.targets = targets;
		this.scope = scope;
		this.directory = directory;
		this.audit = audit;
		this.calendar = properties.calendar();
	}

	/** Whether the current viewer may set targets (the unit must also be in scope). */
	public boolean mayEdit() {
		Viewer viewer = CurrentViewer.require();
		return viewer.isAdmin() || viewer.has(Role.PROVINCE_OFFICER) || viewer.has(Role.DISTRICT_OFFICER)
				|| viewer.has(Role.COMMUNE_OFFICER);
	}

	public List<TargetLine> sheet(UnitId unit, int year) {
		UnitView view = this.scope.requireUnit(unit);
		requireYear(year);
		boolean advanced = view.type().isCommuneLevel() && view.flags().advancedNewRural();
		Map<IndicatorCode, IndicatorTarget> own = own(unit, year);
		TargetBook book = book(unit, year);
		List<TargetLine> lines = new ArrayList<>();
		for (IndicatorCode code : IndicatorCode.targets()) {
			IndicatorTarget row = own.get(code);
			lines.add(new TargetLine(code, book.resolve(unit.value(), advanced, year, code), row != null,
					TargetDefaults.of(code, year, advanced, this.calendar), (row != null) ? row.getNote() : null,
					(row != null) ? row.getVersion() : null));
		}
		return lines;
	}

	@Transactional
	public void save(UnitId unit, int year, List<TargetChange> changes) {
		this.scope.requireUnit(unit);
		requireYear(year);
		if (!mayEdit()) {
			throw new AccessDeniedException("targets");
		}
		Map<IndicatorCode, IndicatorTarget> own = own(unit, year);
		List<FieldProblem> problems = new ArrayList<>();
		Map<IndicatorCode, BigDecimal> values = new HashMap<>();
		for (TargetChange change : changes) {
			if (change.value() == null || change.value().isBlank()) {
				continue;
			}
			String field = "value_" + change.code().name();
			try {
				BigDecimal value = new BigDecimal(change.value().strip().replace(',', '.'));
				if (value.signum() < 0 || value.compareTo(BigDecimal.valueOf(100)) > 0 || value.scale() > 2) {
					problems.add(FieldProblem.of(field, "indicators.targets.error.range"));
				}
				values.put(change.code(), value);
			}
			catch (NumberFormatException ex) {
				problems.add(FieldProblem.of(field, "indicators.targets.error.number"));
			}
		}
		InvalidInput.throwIfAny(problems);
		for (TargetChange change : changes) {
			IndicatorTarget row = own.get(change.code());
			Long stored = (row != null) ? row.getVersion() : null;
			if (!Objects.equals(stored, change.version())) {
				throw new StaleVersion(RECORD, unit + "/" + year + "/" + change.code());
			}
		}
		for (TargetChange change : changes) {
			BigDecimal value = values.get(change.code());
			if (value != null) {
				write(unit, year, change, value, own.get(change.code()));
			}
		}
	}

	private void write(UnitId unit, int year, TargetChange change, BigDecimal value, IndicatorTarget row) {
		String note = VietnameseText.clean(change.note());
		if (row == null) {
			IndicatorTarget created = this.targets
				.save(new IndicatorTarget(unit.value(), year, change.code(), value, note));
			this.audit.created(RECORD, created.getId(), unit,
					Changes.none()
						.note("code", change.code().name())
						.note("year", Integer.toString(year))
						.note("value", value.toPlainString()));
			return;
		}
		if (row.getValue().compareTo(value) == 0 && Objects.equals(row.getNote(), note)) {
			return;
		}
		Changes changes = Changes.of("value", row.getValue().toPlainString(), value.toPlainString())
			.field("note", row.getNote(), note);
		row.change(value, note);
		this.targets.saveAndFlush(row);
		this.audit.updated(RECORD, row.getId(), unit, changes);
	}

	private Map<IndicatorCode, IndicatorTarget> own(UnitId unit, int year) {
		Map<IndicatorCode, IndicatorTarget> own = new HashMap<>();
		this.targets.findByUnitIdAndYear(unit.value(), year).forEach((t) -> own.put(t.getCode(), t));
		return own;
	}

	private TargetBook book(UnitId unit, int year) {
		Map<String, Double> rows = new HashMap<>();
		List<UnitView> chain = this.directory.ancestry(unit, java.time.LocalDate.now());
		Map<Long, Long> parents = new HashMap<>();
		for (int i = 0; i < chain.size(); i++) {
			long id = chain.get(i).id().value();
			if (i > 0) {
				parents.put(id, chain.get(i - 1).id().value());
			}
			this.targets.findByUnitIdAndYear(id, year)
				.forEach((t) -> rows.put(TargetBook.key(id, year, t.getCode()), t.getValue().doubleValue()));
		}
		return new TargetBook(rows, parents::get, this.calendar);
	}

	private static void requireYear(int year) {
		if (year < 2000 || year > 2100) {
			throw new InvalidInput(List.of(FieldProblem.of("year", "indicators.error.year")));
		}
	}

}
