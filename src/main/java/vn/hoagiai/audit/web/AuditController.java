package vn.hoagiai.audit.web;

import java.time.LocalDate;

import org.springframework.data.domain.PageRequest;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;

import vn.hoagiai.audit.AuditAction;
import vn.hoagiai.audit.AuditFilter;
import vn.hoagiai.audit.AuditLog;

/**
 * The administrators' view of the audit trail, with filters; the table is an htmx
 * fragment.
 */
@Controller
@RequestMapping("/admin/audit")
@PreAuthorize("hasRole('ADMIN')")
class AuditController {

	static final String PAGE = "audit/log";

	static final String TABLE = "audit/log :: table";

	private static final int PAGE_SIZE = 50;

	private final AuditLog log;

	AuditController(AuditLog log) {
		this.log = log;
	}

	@GetMapping
	String browse(@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
			@RequestParam(required = false) String username, @RequestParam(required = false) AuditAction action,
			@RequestParam(required = false) String recordType, @RequestParam(required = false) String recordId,
			@RequestParam(required = false) String correlationId, @RequestParam(defaultValue = "0") int page,
			@RequestHeader(name = "HX-Request", required = false) String htmx, Model model) {
		AuditFilter filter = new AuditFilter(from, to, username, action, recordType, recordId, correlationId);
		model.addAttribute("filter", filter);
		model.addAttribute("actions", AuditAction.values());
		model.addAttribute("entries", this.log.search(filter, PageRequest.of(Math.max(page, 0), PAGE_SIZE)));
		return (htmx != null) ? TABLE : PAGE;
	}

}
