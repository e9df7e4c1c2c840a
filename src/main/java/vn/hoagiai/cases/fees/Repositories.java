package vn.hoagiai.cases.fees;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

interface FeeRateRepository extends JpaRepository<FeeRate, Long> {

	List<FeeRate> findByProvinceIdOrderByValidFromDesc(Long provinceId);

}

interface MediatorFeeRepository extends JpaRepository<MediatorFee, Long> {

	Optional<MediatorFee> findByCaseIdAndMediatorId(Long caseId, Long mediatorId);

}
