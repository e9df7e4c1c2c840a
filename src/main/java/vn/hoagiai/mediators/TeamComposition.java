package vn.hoagiai.mediators;

import java.util.ArrayList;
import java.util.List;

/**
 * The law's rules for a team's composition (Law 35/2013, Art. 12): a leader, at least
 * three mediators, at least one woman, at least one ethnic-minority mediator where the
 * village is an ethnic-minority area, no more mediators than the number the commune
 * chairman fixed. Fewer than five is allowed but warned about (five to seven is the
 * practice). Returns every reason, not a boolean.
 */
public final class TeamComposition {

	/** The legal minimum of active mediators in a team. */
	public static final int MINIMUM = 3;

	/** Below this the team is legal but thin: a warning. */
	public static final int RECOMMENDED = 5;

	private TeamComposition() {
	}

	/** What the rules need to know about one active mediator of the team. */
	public record Member(Sex sex, boolean ethnicMinority, TeamRole role) {

	}

	/**
	 * What the rules need to know about the team.
	 *
	 * @param quota the number of mediators the commune chairman fixed, or null if not set
	 */
	public record Team(boolean ethnicMinorityArea, Integer quota, List<Member> activeMembers) {

		public Team {
			activeMembers = List.copyOf(activeMembers);
		}

	}

	public enum Severity {

		FAILURE, WARNING

	}

	/** One reason, with a message key {@code team.rule.<code>} and its arguments. */
	public record Finding(String code, Severity severity, List<Object> args) {

		public Finding {
			args = List.copyOf(args);
		}

		public String messageKey() {
			return "team.rule." + this.code;
		}

		public Object[] messageArgs() {
			return this.args.toArray();
		}

	}

	/** Every finding for the team; empty when it meets the law and the practice. */
	public record Result(List<Finding> findings) {

		public Result {
			findings = List.copyOf(findings);
		}

		/** Whether the team meets the law (warnings do not count against it). */
		public boolean meetsLaw() {
			return this.findings.stream().noneMatch((f) -> f.severity() == Severity.FAILURE);
		}

		public List<Finding> failures() {
			return this.findings.stream().filter((f) -> f.severity() == Severity.FAILURE).toList();
		}

		public List<Finding> warnings() {
			return this.findings.stream().filter((f) -> f.severity() == Severity.WARNING).toList();
		}

	}

	public static Result check(Team team) {
		List<Finding> findings = new ArrayList<>();
		List<Member> members = team.activeMembers();
		int count = members.size();
		if (count < MINIMUM) {
			findings.add(failure("tooFew", count, MINIMUM));
		}
		else if (count < RECOMMENDED) {
			findings.add(new Finding("fewerThanRecommended", Severity.WARNING, List.of(count, RECOMMENDED)));
		}
		if (members.stream().noneMatch((m) -> m.sex() == Sex.FEMALE)) {
			findings.add(failure("noWoman"));
		}
		if (team.ethnicMinorityArea() && members.stream().noneMatch(Member::ethnicMinority)) {
			findings.add(failure("noEthnicMinority"));
		}
		long leaders = members.stream().filter((m) -> m.role() == TeamRole.LEADER).count();
		if (leaders == 0) {
			findings.add(failure("noLeader"));
		}
		else if (leaders > 1) {
			findings.add(failure("severalLeaders", leaders));
		}
		if (team.quota() != null && count > team.quota()) {
			findings.add(failure("overQuota", count, team.quota()));
		}
		return new Result(findings);
	}

	private static Finding failure(String code, Object... args) {
		return new Finding(code, Severity.FAILURE, List.of(args));
	}

}
