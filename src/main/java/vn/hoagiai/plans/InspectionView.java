package vn.hoagiai.plans;

import java.util.List;

/** An inspection with its unit, agencies and recommendations. */
public record InspectionView(long id, String unitName, InspectionDetails details, List<AgencyRef> agencies,
		List<RecommendationView> recommendations, long version) {

}
