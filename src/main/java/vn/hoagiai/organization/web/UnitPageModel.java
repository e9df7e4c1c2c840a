package vn.hoagiai.organization.web;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.springframework.stereotype.Component;
import org.springframework.ui.Model;

import vn.hoagiai.organization.AgencyKind;
import vn.hoagiai.organization.AgencyView;
import vn.hoagiai.organization.UnitAdministration;
import vn.hoagiai.organization.UnitDirectory;
import vn.hoagiai.organization.UnitHistory;
import vn.hoagiai.organization.UnitHistory.AgencyEntry;
import vn.hoagiai.organization.UnitScope;
import vn.hoagiai.organization.UnitType;
import vn.hoagiai.organization.UnitView;
import vn.hoagiai.shared.CurrentViewer;
import vn.hoagiai.shared.RecordNotFound;
import vn.hoagiai.shared.UnitId;

/**
 * Everything the unit page shows, for a unit the caller has already checked.
 */
@Component
class UnitPageModel {

	private final UnitScope scope;

	private final UnitDirectory directory;

	private final UnitHistory history;

	private final UnitAdministration administration;

	UnitPageModel(UnitScope scope, UnitDirectory directory, UnitHistory history, UnitAdministration administration) {
		this.scope = scope;
		this.directory = directory;
		this.history = history;
		this.administration = administration;
	}

	/**
	 * The tree the viewer may see on {@code date}, and for administrators the new-unit
	 * form.
	 */
	void fillTree(Model model, LocalDate date) {
		List<UnitView> units = this.directory.visible(this.scope.visibleUnits(), date);
		model.addAttribute("asOf", date);
		model.addAttribute("roots", TreeNode.forest(units));
		model.addAttribute("errors", Map.of());
		if (isAdmin()) {
			model.addAttribute("newUnitForm", NewUnitForm.empty());
			model.addAttribute("unitOptions", UnitOption.of(units));
			model.addAttribute("unitTypes", UnitType.values());
		}
	}

	void fill(Model model, UnitId id, LocalDate date) {
		UnitView unit = this.directory.find(id, date).orElseThrow(() -> new RecordNotFound("Unit", id));
		model.addAttribute("unit", unit);
		model.addAttribute("asOf", date);
		model.addAttribute("ancestry", this.directory.ancestry(id, date));
		model.addAttribute("children", this.directory.children(id, date));
		List<AgencyEntry> agencies = this.history.agencies(id);
		model.addAttribute("agencies", agencies);
		model.addAttribute("names", this.history.names(id));
		model.addAttribute("parents", this.history.parents(id));
		model.addAttribute("reorganisations", this.history.reorganisations(id));
		model.addAttribute("predecessors", this.history.predecessors(id));
		model.addAttribute("successors", this.history.successors(id));
		model.addAttribute("errors", Map.of());
		model.addAttribute("successorChoices", Map.of());
		if (isAdmin()) {
			model.addAttribute("editForm", UnitEditForm.of(unit, this.administration.version(id)));
			model.addAttribute("successorChoices", successorChoices(agencies));
			model.addAttribute("agencyForm", NewAgencyForm.empty());
			model.addAttribute("agencyKinds", AgencyKind.values());
		}
	}

	private static boolean isAdmin() {
		return CurrentViewer.find().map((v) -> v.isAdmin()).orElse(false);
	}

	/**
	 * For each ended agency without a successor, the agencies that exist on its last day
	 * + 1.
	 */
	private Map<Long, List<AgencyView>> successorChoices(List<AgencyEntry> agencies) {
		Map<Long, List<AgencyView>> choices = new HashMap<>();
		for (AgencyEntry entry : agencies) {
			AgencyView agency = entry.agency();
			if (agency.validTo() != null && agency.successorId() == null) {
				choices.put(agency.id(), this.history.agenciesOn(agency.validTo()));
			}
		}
		return choices;
	}

}
