package vn.hoagiai.indicators;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

interface IndicatorTargetRepository extends JpaRepository<IndicatorTarget, Long> {

	List<IndicatorTarget> findByUnitIdAndYear(Long unitId, int year);

}
