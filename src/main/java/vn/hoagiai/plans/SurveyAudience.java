package vn.hoagiai.plans;

/** Who a survey asks: mediators one by one, or teams (their leaders answer for them). */
public enum SurveyAudience {

	MEDIATORS, TEAMS

}
