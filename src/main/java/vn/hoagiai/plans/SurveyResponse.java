package vn.hoagiai.plans;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** One filled-in questionnaire: the unit it came from and how, never the person. */
@Entity
@Table(name = "pln_response")
class SurveyResponse {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Column(name = "survey_id", nullable = false)
	private Long surveyId;

	@Column(name = "unit_id", nullable = false)
	private Long unitId;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false)
	private ResponseSource source;

	@Column(name = "entered_by", nullable = false)
	private String enteredBy;

	@Column(name = "entered_at", nullable = false)
	private Instant enteredAt;

	protected SurveyResponse() {
	}

	SurveyResponse(Long surveyId, Long unitId, ResponseSource source, String enteredBy) {
		this.surveyId = surveyId;
		this.unitId = unitId;
		this.source = source;
		this.enteredBy = enteredBy;
		this.enteredAt = Instant.now();
	}

	Long getId() {
		return this.id;
	}

}
