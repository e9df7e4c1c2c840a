package vn.hoagiai.mediators;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

interface MediationTeamRepository extends JpaRepository<MediationTeam, Long> {

	List<MediationTeam> findByUnitIdOrderById(Long unitId);

}

interface MediatorRepository extends JpaRepository<Mediator, Long> {

	List<Mediator> findByTeamIdOrderByFullName(Long teamId);

}

interface MembershipRepository extends JpaRepository<Membership, Long> {

	List<Membership> findByMediatorIdOrderByFromDateDesc(Long mediatorId);

	Optional<Membership> findByMediatorIdAndToDateIsNull(Long mediatorId);

}

interface TeamReviewRepository extends JpaRepository<TeamReview, Long> {

	List<TeamReview> findByTeamIdOrderByYearDesc(Long teamId);

	boolean existsByTeamIdAndYear(Long teamId, int year);

}

interface TrainerRepository extends JpaRepository<Trainer, Long> {

}

interface ProposalRepository extends JpaRepository<Proposal, Long> {

	List<Proposal> findByTeamIdOrderByProposedAtDesc(Long teamId);

}
