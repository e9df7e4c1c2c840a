package vn.hoagiai.cases.web;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;

import vn.hoagiai.cases.CaseField;
import vn.hoagiai.cases.CaseGround;
import vn.hoagiai.cases.CaseResult;
import vn.hoagiai.cases.CaseService;
import vn.hoagiai.cases.CaseStatus;
import vn.hoagiai.cases.EndReason;
import vn.hoagiai.cases.FollowUpResult;
import vn.hoagiai.cases.PartyKind;
import vn.hoagiai.cases.PartyRole;
import vn.hoagiai.cases.PartySex;
import vn.hoagiai.mediators.MemberView;
import vn.hoagiai.mediators.TeamFilter;
import vn.hoagiai.mediators.TeamRow;
import vn.hoagiai.mediators.TeamService;
import vn.hoagiai.organization.UnitDirectory;
import vn.hoagiai.organization.UnitView;
import vn.hoagiai.shared.CurrentViewer;

/**
 * The choices the case pages offer: fields, teams and communes in the viewer's scope, a
 * team's mediators, and the enumerations.
 */
@Component
class CaseChoices {

	private static final int MAX_TEAMS = 300;

	private final CaseService cases;

	private final TeamService teams;

	private final UnitDirectory units;

	private final MessageSource messages;

	CaseChoices(CaseService cases, TeamService teams, UnitDirectory units, MessageSource messages) {
		this.messages = messages;
		this.cases = cases;
		this.teams = teams;
		this.units = units;
	}

	void enums(Model model) {
		model.addAttribute("grounds", CaseGround.values());
		model.addAttribute("statuses", CaseStatus.values());
		model.addAttribute("results", CaseResult.values());
		model.addAttribute("endReasons", EndReason.values());
		model.addAttribute("kinds", PartyKind.values());
		model.addAttribute("roles", PartyRole.values());
		model.addAttribute("sexes", PartySex.values());
		model.addAttribute("checkResults", FollowUpResult.values());
		List<CaseField> fields = fields();
		model.addAttribute("fields", fields);
		model.addAttribute("fieldNames", fieldNames(fields));
	}

	List<CaseField> fields() {
		return this.cases.fields();
	}

	/**
	 * Each field's name in the current language; a field an administrator added without a
	 * translation keeps its name from the list.
	 */
	Map<String, String> fieldNames() {
		return fieldNames(fields());
	}

	private Map<String, String> fieldNames(List<CaseField> fields) {
		Map<String, String> names = new LinkedHashMap<>();
		fields.forEach((f) -> names.put(f.code(),
				this.messages.getMessage("case.field." + f.code(), null, f.name(), LocaleContextHolder.getLocale())));
		return names;
	}

	/** Active teams in the viewer's scope (at or below {@code unitId} when given). */
	List<TeamRow> teams(Long unitId) {
		return this.teams
			.list(new TeamFilter((unitId != null) ? vn.hoagiai.shared.UnitId.of(unitId) : null, null, null, true, null),
					PageRequest.of(0, MAX_TEAMS))
			.getContent();
	}

	/** The communes in the viewer's scope, for the list filter. */
	List<UnitView> communes() {
		return this.units.subtree(CurrentViewer.require().unitId(), LocalDate.now())
			.stream()
			.filter((u) -> u.type().isCommuneLevel())
			.limit(MAX_TEAMS)
			.toList();
	}

	/** A message in the current language. */
	String text(String key, List<Object> args) {
		return this.messages.getMessage(key, args.toArray(), key, LocaleContextHolder.getLocale());
	}

	/**
	 * A team's active mediators; the team page read is audited by the mediators module.
	 */
	List<MemberView> mediators(long teamId) {
		return this.teams.view(teamId).members();
	}

}
