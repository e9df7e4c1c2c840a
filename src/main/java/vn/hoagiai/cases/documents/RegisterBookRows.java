package vn.hoagiai.cases.documents;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Predicate;

import vn.hoagiai.cases.documents.RegisterBook.Row;
import vn.hoagiai.cases.documents.RegisterBook.Summary;
import vn.hoagiai.cases.documents.RegisterBook.SummaryRow;
import vn.hoagiai.cases.documents.RegisterBookQueries.CaseLine;
import vn.hoagiai.cases.documents.RegisterBookQueries.Field;
import vn.hoagiai.cases.documents.RegisterBookQueries.PartyLine;

/**
 * Fills the ten columns of Part I and the summary of Part II from the book's cases. The
 * texts are the register's own words, in Vietnamese.
 */
final class RegisterBookRows {

	static final String MASKED = "Nội dung được bảo mật";

	private final Map<Long, List<PartyLine>> parties;

	private final Map<Long, List<Long>> mediators;

	private final Map<Long, List<String>> invited;

	private final Map<Long, String> names;

	private RegisterBookRows(Map<Long, List<PartyLine>> parties, Map<Long, List<Long>> mediators,
			Map<Long, List<String>> invited, Map<Long, String> names) {
		this.parties = parties;
		this.mediators = mediators;
		this.invited = invited;
		this.names = names;
	}

	/** What the book is made of besides the cases. */
	record Facts(Map<Long, List<PartyLine>> parties, Map<Long, List<Long>> mediators, Map<Long, List<String>> invited,
			Map<Long, String> mediatorNames, List<Field> fields) {

	}

	/**
	 * Part I rows in register order; {@code mayOpen} says whether the viewer may read a
	 * case's names and content.
	 */
	static List<Row> rows(List<CaseLine> cases, Facts facts, Predicate<CaseLine> mayOpen) {
		RegisterBookRows book = new RegisterBookRows(facts.parties(), facts.mediators(), facts.invited(),
				facts.mediatorNames());
		return cases.stream().map((c) -> book.row(c, mayOpen.test(c))).toList();
	}

	private Row row(CaseLine c, boolean open) {
		boolean successful = "SUCCESSFUL".equals(c.result());
		boolean unsuccessful = "UNSUCCESSFUL".equals(c.result());
		String people = people(c.id());
		if (!open) {
			return new Row(c.id(), c.number(), c.receivedOn(), people, MASKED, MASKED, MASKED, successful, unsuccessful,
					notes(c, false), true);
		}
		return new Row(c.id(), c.number(), c.receivedOn(), people, parties(c), c.content(), agreement(c), successful,
				unsuccessful, notes(c, true), false);
	}

	/** Column (3): the mediators, then the invited persons if any. */
	private String people(long caseId) {
		List<String> lines = new ArrayList<>();
		for (Long id : this.mediators.getOrDefault(caseId, List.of())) {
			lines.add(this.names.getOrDefault(id, ""));
		}
		Set<String> guests = new LinkedHashSet<>(this.invited.getOrDefault(caseId, List.of()));
		if (!guests.isEmpty()) {
			lines.add("Người được mời: " + String.join("; ", guests));
		}
		return String.join("\n", lines);
	}

	/** Column (4): name, age in the year received, address; related persons marked. */
	private String parties(CaseLine c) {
		List<String> lines = new ArrayList<>();
		for (PartyLine p : this.parties.getOrDefault(c.id(), List.of())) {
			StringBuilder b = new StringBuilder();
			if (!"PARTY".equals(p.role())) {
				b.append("Người có quyền lợi, nghĩa vụ liên quan: ");
			}
			b.append(p.name());
			if (p.birthYear() != null) {
				b.append(", ").append(c.receivedOn().getYear() - p.birthYear()).append(" tuổi");
			}
			if (p.address() != null && !p.address().isBlank()) {
				b.append(", ").append(p.address());
			}
			lines.add(b.toString());
		}
		return String.join("\n", lines);
	}

	/** Column (6): the agreement, or each party's demands. */
	private String agreement(CaseLine c) {
		if ("SUCCESSFUL".equals(c.result())) {
			return (c.agreement() != null) ? c.agreement() : "";
		}
		List<String> lines = new ArrayList<>();
		for (PartyLine p : this.parties.getOrDefault(c.id(), List.of())) {
			if (p.demands() != null && !p.demands().isBlank()) {
				lines.add(p.name() + ": " + p.demands());
			}
		}
		return String.join("\n", lines);
	}

	/** Column (10): what the result columns cannot say. */
	private String notes(CaseLine c, boolean open) {
		List<String> notes = new ArrayList<>();
		if (!"CLOSED".equals(c.status())) {
			notes.add("Đang hòa giải");
		}
		else if ("WITHDRAWN".equals(c.result())) {
			notes.add("Rút yêu cầu hòa giải");
		}
		else if ("REFERRED".equals(c.result())) {
			notes
				.add("Chuyển cơ quan có thẩm quyền"
						+ ((open && c.referralBody() != null)
								? ": " + c.referralBody()
										+ ((c.referralDate() != null)
												? " (" + c.referralDate().format(AgreementRecord.DAY) + ")" : "")
								: ""));
		}
		if (open && "UNSUCCESSFUL".equals(c.result())) {
			for (PartyLine p : this.parties.getOrDefault(c.id(), List.of())) {
				if (p.referredTo() != null && !p.referredTo().isBlank()) {
					notes.add(p.name() + " được hướng dẫn đến " + p.referredTo());
				}
			}
		}
		if (c.privateMediation()) {
			notes.add("Hòa giải không công khai");
		}
		return String.join("\n", notes);
	}

	/**
	 * Part II: per mediator (by name) the cases by field and result; a case with two
	 * mediators counts for each, the total counts it once.
	 */
	static Summary summary(List<CaseLine> cases, Facts facts) {
		List<String> codes = facts.fields().stream().map(Field::code).toList();
		Map<String, Tally> byMediator = new TreeMap<>(Comparator.naturalOrder());
		Tally total = new Tally(codes.size());
		for (CaseLine c : cases) {
			total.add(c, codes);
			for (Long id : facts.mediators().getOrDefault(c.id(), List.of())) {
				String name = facts.mediatorNames().getOrDefault(id, "") + "\u0000" + id;
				byMediator.computeIfAbsent(name, (k) -> new Tally(codes.size())).add(c, codes);
			}
		}
		List<SummaryRow> rows = byMediator.entrySet()
			.stream()
			.map((e) -> e.getValue().row(e.getKey().substring(0, e.getKey().indexOf('\u0000'))))
			.toList();
		return new Summary(facts.fields().stream().map(Field::name).toList(), rows, total.row("Tổng số"));
	}

	private static final class Tally {

		private final int[] byField;

		private int successful;

		private int unsuccessful;

		private int other;

		Tally(int fields) {
			this.byField = new int[fields];
		}

		void add(CaseLine c, List<String> codes) {
			int field = codes.indexOf(c.fieldCode());
			if (field >= 0) {
				this.byField[field]++;
			}
			if ("SUCCESSFUL".equals(c.result())) {
				this.successful++;
			}
			else if ("UNSUCCESSFUL".equals(c.result())) {
				this.unsuccessful++;
			}
			else {
				this.other++;
			}
		}

		SummaryRow row(String label) {
			return new SummaryRow(label, java.util.Arrays.stream(this.byField).boxed().toList(), this.successful,
					this.unsuccessful, this.other);
		}

	}

}
