package vn.hoagiai.organization.web;

import java.time.LocalDate;
import java.util.Map;

import org.springframework.stereotype.Component;
import org.springframework.ui.Model;

import vn.hoagiai.organization.UnitAdministration;
import vn.hoagiai.organization.UnitDirectory;
import vn.hoagiai.organization.UnitHistory;
import vn.hoagiai.organization.UnitView;
import vn.hoagiai.shared.CurrentViewer;
import vn.hoagiai.shared.RecordNotFound;
import vn.hoagiai.shared.UnitId;

/**
 * Everything the unit page shows, for a unit the caller has already checked.
 */
@Component
class UnitPageModel {

	private final UnitDirectory directory;

	private final UnitHistory history;

	private final UnitAdministration administration;

	UnitPageModel(UnitDirectory directory, UnitHistory history, UnitAdministration administration) {
		this.directory = directory;
		this.history = history;
		this.administration = administration;
	}

	void fill(Model model, UnitId id, LocalDate date) {
		UnitView unit = this.directory.find(id, date).orElseThrow(() -> new RecordNotFound("Unit", id));
		model.addAttribute("unit", unit);
		model.addAttribute("asOf", date);
		model.addAttribute("ancestry", this.directory.ancestry(id, date));
		model.addAttribute("children", this.directory.children(id, date));
		model.addAttribute("agencies", this.history.agencies(id));
		model.addAttribute("names", this.history.names(id));
		model.addAttribute("parents", this.history.parents(id));
		model.addAttribute("reorganisations", this.history.reorganisations(id));
		model.addAttribute("predecessors", this.history.predecessors(id));
		model.addAttribute("successors", this.history.successors(id));
		model.addAttribute("errors", Map.of());
		if (CurrentViewer.find().map((v) -> v.isAdmin()).orElse(false)) {
			model.addAttribute("editForm", UnitEditForm.of(unit, this.administration.version(id)));
		}
	}

}
