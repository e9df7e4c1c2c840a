package vn.hoagiai.plans;

import java.util.Arrays;
import java.util.List;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

@Entity
@Table(name = "pln_question")
class Question {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Column(name = "survey_id", nullable = false)
	private Long surveyId;

	@Column(nullable = false)
	private int position;

	@Column(nullable = false)
	private String text;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false)
	private QuestionKind kind;

	private String options;

	protected Question() {
	}

	Question(Long surveyId, int position, QuestionSpec spec) {
		this.surveyId = surveyId;
		this.position = position;
		this.text = spec.text().strip();
		this.kind = spec.kind();
		this.options = spec.options().isEmpty() ? null : String.join("\n", spec.options());
	}

	QuestionView view() {
		List<String> list = (this.options != null) ? Arrays.asList(this.options.split("\n")) : List.of();
		return new QuestionView(this.id, this.text, this.kind, list);
	}

	Long getId() {
		return this.id;
	}

}
