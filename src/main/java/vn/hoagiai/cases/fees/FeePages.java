package vn.hoagiai.cases.fees;

import java.io.IOException;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.servlet.http.HttpServletResponse;

import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import vn.hoagiai.organization.UnitDirectory;
import vn.hoagiai.organization.UnitScope;
import vn.hoagiai.shared.FieldProblem;
import vn.hoagiai.shared.InvalidInput;
import vn.hoagiai.shared.UnitId;

/**
 * {@code /fees}: the fees of a period and unit with the totals, the Excel export, payment
 * of the selected fees, and recording a breach of duty.
 */
@Controller
class FeePages {

	static final String PAGE = "cases/fees-list";

	private final Fees fees;

	private final FeeWorkbook workbook;

	private final UnitScope scope;

	private final UnitDirectory units;

	FeePages(Fees fees, FeeWorkbook workbook, UnitScope scope, UnitDirectory units) {
		this.fees = fees;
		this.workbook = workbook;
		this.scope = scope;
		this.units = units;
	}

	@GetMapping("/fees")
	String list(@RequestParam(required = false) Long unitId,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
			@RequestParam(required = false) FeeFilter.State state, Model model) {
		FeeFilter filter = filter(unitId, from, to, state);
		model.addAttribute("filter", filter);
		model.addAttribute("fees", this.fees.list(filter));
		model.addAttribute("units",
				this.units.visible(this.scope.visibleUnits(), LocalDate.now())
					.stream()
					.filter((u) -> u.type().level() <= 3)
					.toList());
		model.addAttribute("states", FeeFilter.State.values());
		model.addAttribute("today", LocalDate.now());
		return PAGE;
	}

	@GetMapping("/fees/export.xlsx")
	void export(@RequestParam(required = false) Long unitId,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
			@RequestParam(required = false) FeeFilter.State state, HttpServletResponse response) throws IOException {
		FeeFilter filter = filter(unitId, from, to, state);
		response.setContentType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
		response.setHeader(HttpHeaders.CONTENT_DISPOSITION,
				ContentDisposition.attachment()
					.filename("thu-lao-hoa-giai-" + filter.from() + "-" + filter.to() + ".xlsx")
					.build()
					.toString());
		this.workbook.export(filter, response.getOutputStream());
	}

	@PostMapping("/fees/pay")
	String pay(@RequestParam(required = false) List<Long> ids, @RequestParam Map<String, String> form,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate paidOn,
			@RequestParam(required = false) String reference, RedirectAttributes redirect) {
		Map<Long, Long> versions = new LinkedHashMap<>();
		for (Long id : (ids != null) ? ids : List.<Long>of()) {
			versions.put(id, parse(form.get("version-" + id)));
		}
		try {
			int paid = this.fees.pay(versions, paidOn, reference);
			redirect.addFlashAttribute("paid", paid);
		}
		catch (InvalidInput ex) {
			redirect.addFlashAttribute("problems", ex.problems());
		}
		return "redirect:" + back(form);
	}

	@PostMapping("/fees/{id}/breach")
	String breach(@PathVariable long id, @RequestParam(required = false) Long version,
			@RequestParam(required = false) String note, @RequestParam Map<String, String> form,
			RedirectAttributes redirect) {
		try {
			this.fees.recordBreach(id, (version != null) ? version : -1, note);
			redirect.addFlashAttribute("saved", true);
		}
		catch (InvalidInput ex) {
			redirect.addFlashAttribute("problems", ex.problems());
		}
		return "redirect:" + back(form);
	}

	/** The list the form came from (only its own filter parameters). */
	private static String back(Map<String, String> form) {
		StringBuilder url = new StringBuilder("/fees?");
		for (String key : List.of("unitId", "from", "to", "state")) {
			String value = form.get("back-" + key);
			if (value != null && value.matches("[A-Z_0-9-]{1,20}")) {
				url.append(key).append('=').append(value).append('&');
			}
		}
		return url.substring(0, url.length() - 1);
	}

	private static long parse(String version) {
		try {
			return Long.parseLong(version);
		}
		catch (NumberFormatException | NullPointerException ex) {
			throw new InvalidInput(List.of(FieldProblem.of("ids", "fee.pay.noneSelected")));
		}
	}

	static FeeFilter filter(Long unitId, LocalDate from, LocalDate to, FeeFilter.State state) {
		LocalDate today = LocalDate.now();
		return new FeeFilter((unitId != null) ? UnitId.of(unitId) : null,
				(from != null) ? from : LocalDate.of(today.getYear(), 1, 1), (to != null) ? to : today,
				(state != null) ? state : FeeFilter.State.TO_PAY);
	}

}
