package vn.hoagiai.plans;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

@Entity
@Table(name = "pln_answer")
class Answer {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Column(name = "response_id", nullable = false)
	private Long responseId;

	@Column(name = "question_id", nullable = false)
	private Long questionId;

	private Integer choice;

	private String text;

	protected Answer() {
	}

	Answer(Long responseId, AnswerInput input) {
		this.responseId = responseId;
		this.questionId = input.questionId();
		this.choice = input.choice();
		this.text = PlanRules.clean(input.text());
	}

}
