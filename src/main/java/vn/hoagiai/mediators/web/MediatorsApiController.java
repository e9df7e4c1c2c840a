package vn.hoagiai.mediators.web;

import java.net.URI;
import java.util.List;

import org.springframework.data.domain.PageRequest;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import vn.hoagiai.mediators.MediatorAccounts;
import vn.hoagiai.mediators.MediatorFilter;
import vn.hoagiai.mediators.MediatorRow;
import vn.hoagiai.mediators.MediatorService;
import vn.hoagiai.mediators.MediatorView;
import vn.hoagiai.mediators.TeamFilter;
import vn.hoagiai.mediators.TeamRow;
import vn.hoagiai.mediators.TeamService;
import vn.hoagiai.mediators.TeamView;
import vn.hoagiai.shared.FieldProblem;
import vn.hoagiai.shared.InvalidInput;
import vn.hoagiai.shared.UnitId;

/**
 * {@code /api/v1/teams} and {@code /api/v1/mediators}: scoped like the pages; writes
 * carry the version they were based on (stale → 409), bad input → 422 with every field
 * problem.
 */
@RestController
@RequestMapping("/api/v1")
class MediatorsApiController {

	private static final int MAX_PAGE_SIZE = 200;

	private final TeamService teams;

	private final MediatorService mediators;

	private final MediatorAccounts accounts;

	MediatorsApiController(TeamService teams, MediatorService mediators, MediatorAccounts accounts) {
		this.accounts = accounts;
		this.teams = teams;
		this.mediators = mediators;
	}

	@GetMapping("/teams")
	PageResponse<TeamRow> teams(@RequestParam(required = false) Long unitId, @RequestParam(required = false) String q,
			@RequestParam(required = false) Boolean compliant, @RequestParam(required = false) Boolean active,
			@RequestParam(required = false) Integer unreviewedIn, @RequestParam(defaultValue = "0") int page,
			@RequestParam(defaultValue = "50") int size) {
		TeamFilter filter = new TeamFilter((unitId != null) ? UnitId.of(unitId) : null, q, compliant, active,
				unreviewedIn);
		return PageResponse.of(this.teams.list(filter, pageRequest(page, size)));
	}

	@GetMapping("/teams/{id}")
	TeamView team(@PathVariable long id) {
		return this.teams.view(id);
	}

	@PostMapping("/teams")
	ResponseEntity<TeamView> createTeam(@RequestBody TeamRequest request) {
		if (request.unitId() == null) {
			throw new InvalidInput(List.of(FieldProblem.of("unitId", "validation.required")));
		}
		long id = this.teams.create(UnitId.of(request.unitId()), request.details());
		return ResponseEntity.created(URI.create("/api/v1/teams/" + id)).body(this.teams.view(id));
	}

	@PutMapping("/teams/{id}")
	TeamView updateTeam(@PathVariable long id, @RequestBody TeamRequest request) {
		this.teams.update(id, requireVersion(request.version()), request.details());
		return this.teams.view(id);
	}

	@GetMapping("/mediators")
	PageResponse<MediatorRow> mediators(@RequestParam(required = false) Long unitId,
			@RequestParam(required = false) Long teamId, @RequestParam(required = false) String q,
			@RequestParam(required = false) Boolean active, @RequestParam(defaultValue = "0") int page,
			@RequestParam(defaultValue = "50") int size) {
		MediatorFilter filter = new MediatorFilter((unitId != null) ? UnitId.of(unitId) : null, teamId, q, active);
		return PageResponse.of(this.mediators.list(filter, pageRequest(page, size)));
	}

	@GetMapping("/mediators/{id}")
	MediatorView mediator(@PathVariable long id) {
		return this.mediators.view(id);
	}

	@PostMapping("/mediators")
	ResponseEntity<MediatorView> createMediator(@RequestBody MediatorRequest request) {
		if (request.teamId() == null) {
			throw new InvalidInput(List.of(FieldProblem.of("teamId", "validation.required")));
		}
		long id = this.mediators.create(request.details(), request.teamId(), request.role(),
				(request.joined() != null) ? request.joined() : java.time.LocalDate.now());
		return ResponseEntity.created(URI.create("/api/v1/mediators/" + id)).body(this.mediators.view(id));
	}

	@PutMapping("/mediators/{id}")
	MediatorView updateMediator(@PathVariable long id, @RequestBody MediatorRequest request) {
		this.mediators.update(id, requireVersion(request.version()), request.details());
		return this.mediators.view(id);
	}

	/**
	 * Links the mediator to their own sign-in account; a blank username removes the link.
	 */
	@PutMapping("/mediators/{id}/account")
	MediatorView linkAccount(@PathVariable long id, @RequestBody AccountLink request) {
		this.accounts.link(id, requireVersion(request.version()), request.username());
		return this.mediators.view(id);
	}

	/** The body of {@code PUT /mediators/{id}/account}. */
	record AccountLink(String username, Long version) {
	}

	private static long requireVersion(Long version) {
		if (version == null) {
			throw new InvalidInput(List.of(FieldProblem.of("version", "validation.required")));
		}
		return version;
	}

	private static PageRequest pageRequest(int page, int size) {
		return PageRequest.of(Math.max(page, 0), Math.min(Math.max(size, 1), MAX_PAGE_SIZE));
	}

}
