package vn.hoagiai.cases;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import vn.hoagiai.shared.VietnameseText;

/**
 * A party to a case; its name is kept folded for accent-insensitive search.
 */
@Entity
@Table(name = "cas_party")
class CaseParty {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Column(name = "case_id", nullable = false)
	private Long caseId;

	@Column(name = "sort_order", nullable = false)
	private int position;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false)
	private PartyRole role;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false)
	private PartyKind kind;

	@Column(name = "full_name", nullable = false)
	private String fullName;

	@Column(name = "name_folded", nullable = false)
	private String nameFolded;

	@Column(name = "birth_year")
	private Integer birthYear;

	@Enumerated(EnumType.STRING)
	private PartySex sex;

	private String address;

	private String phone;

	@Column(name = "disability_support", nullable = false)
	private boolean disabilitySupport;

	private String demands;

	@Column(name = "referred_to")
	private String referredTo;

	protected CaseParty() {
	}

	CaseParty(long caseId, int position, PartyDetails d) {
		this.caseId = caseId;
		this.position = position;
		apply(d);
	}

	void apply(PartyDetails d) {
		this.role = d.role();
		this.kind = d.kind();
		this.fullName = VietnameseText.clean(d.fullName());
		this.nameFolded = VietnameseText.fold(d.fullName());
		this.birthYear = d.birthYear();
		this.sex = d.sex();
		this.address = VietnameseText.clean(d.address());
		this.phone = VietnameseText.clean(d.phone());
		this.disabilitySupport = d.disabilitySupport();
	}

	void told(String demands, String referredTo) {
		this.demands = demands;
		this.referredTo = referredTo;
	}

	PartyView view() {
		return new PartyView(this.id, this.role, this.kind, this.fullName, this.birthYear, this.sex, this.address,
				this.phone, this.disabilitySupport, this.demands, this.referredTo);
	}

	PartyDetails details() {
		return new PartyDetails(this.role, this.kind, this.fullName, this.birthYear, this.sex, this.address, this.phone,
				this.disabilitySupport);
	}

	int getPosition() {
		return this.position;
	}

	Long getId() {
		return this.id;
	}

	PartyRole getRole() {
		return this.role;
	}

	String getDemands() {
		return this.demands;
	}

}
