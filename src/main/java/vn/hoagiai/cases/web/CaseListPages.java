package vn.hoagiai.cases.web;

import java.io.IOException;
import java.time.LocalDate;
import java.util.Map;
import java.util.stream.Collectors;

import jakarta.servlet.http.HttpServletResponse;

import org.springframework.data.domain.PageRequest;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.HttpHeaders;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;

import vn.hoagiai.cases.CaseExports;
import vn.hoagiai.cases.CaseFilter;
import vn.hoagiai.cases.CaseFollowUps;
import vn.hoagiai.cases.CaseList;
import vn.hoagiai.cases.CaseService;
import vn.hoagiai.cases.CaseStatus;
import vn.hoagiai.mediators.TeamRow;
import vn.hoagiai.shared.CurrentViewer;
import vn.hoagiai.shared.Role;
import vn.hoagiai.shared.UnitId;

/**
 * The case list of a team or a commune with its filters (an htmx request gets the table
 * fragment), its Excel export, and the list of follow-up checks that are due.
 */
@Controller
@RequestMapping("/cases")
class CaseListPages {

	static final String LIST = "cases/cases";

	static final String LIST_TABLE = "cases/cases :: table";

	static final String DUE = "cases/follow-ups";

	static final int PAGE_SIZE = 30;

	private static final int DUE_HORIZON_DAYS = 7;

	private final CaseService cases;

	private final CaseExports exports;

	private final CaseFollowUps followUps;

	private final CaseChoices choices;

	CaseListPages(CaseService cases, CaseExports exports, CaseFollowUps followUps, CaseChoices choices) {
		this.cases = cases;
		this.exports = exports;
		this.followUps = followUps;
		this.choices = choices;
	}

	/** The filter as the list's query string gives it. */
	record ListQuery(Long unitId, Long teamId, CaseStatus status, String field,
			@DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
			@DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to, String q, Long mediatorId, Boolean overdue,
			Integer page) {

		CaseFilter filter() {
			return new CaseFilter((this.unitId != null) ? UnitId.of(this.unitId) : null, this.teamId, this.status,
					(this.field != null && !this.field.isBlank()) ? this.field : null, this.from, this.to, this.q,
					this.mediatorId, Boolean.TRUE.equals(this.overdue) ? true : null);
		}

		int pageNumber() {
			return (this.page != null) ? Math.max(this.page, 0) : 0;
		}

	}

	@GetMapping
	String list(@ModelAttribute("query") ListQuery query,
			@RequestHeader(name = "HX-Request", required = false) String htmx, Model model) {
		CaseList list = this.cases.list(query.filter(), PageRequest.of(query.pageNumber(), PAGE_SIZE));
		model.addAttribute("list", list);
		boolean whole = htmx == null || "main".equals(htmx);
		if (whole) {
			// the field choices come with the names
			this.choices.enums(model);
		}
		else {
			model.addAttribute("fieldNames", this.choices.fieldNames());
		}
		java.util.List<TeamRow> teams = this.choices.teams(query.unitId());
		if (list.rowsVisible()) {
			Map<Long, String> teamNames = teams.stream().collect(Collectors.toMap(TeamRow::id, TeamRow::name));
			model.addAttribute("teamNames", teamNames);
		}
		if (!whole) {
			return LIST_TABLE;
		}
		model.addAttribute("teams", teams);
		model.addAttribute("communes", this.choices.communes());
		boolean mediatorChoice = list.rowsVisible() && query.teamId() != null
				&& !CurrentViewer.require().has(Role.MEDIATOR);
		model.addAttribute("mediators", mediatorChoice ? this.choices.mediators(query.teamId()) : java.util.List.of());
		return LIST;
	}

	@GetMapping("/export.xlsx")
	void export(@ModelAttribute("query") ListQuery query, HttpServletResponse response) throws IOException {
		response.setContentType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
		response.setHeader(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"vu-viec-hoa-giai.xlsx\"");
		this.exports.export(query.filter(), response.getOutputStream());
	}

	@GetMapping("/follow-ups")
	String due(Model model) {
		model.addAttribute("due", this.followUps.due(DUE_HORIZON_DAYS));
		model.addAttribute("horizon", DUE_HORIZON_DAYS);
		model.addAttribute("fieldNames", this.choices.fieldNames());
		model.addAttribute("today", LocalDate.now());
		return DUE;
	}

}
