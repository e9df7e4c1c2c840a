package vn.hoagiai.mediators.imports;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.context.MessageSource;

import vn.hoagiai.mediators.Background;
import vn.hoagiai.mediators.ElectionMethod;
import vn.hoagiai.mediators.Ethnicities;
import vn.hoagiai.mediators.LegalTraining;
import vn.hoagiai.mediators.Sex;
import vn.hoagiai.mediators.TeamMember;
import vn.hoagiai.mediators.TeamRole;
import vn.hoagiai.mediators.TeamRow;
import vn.hoagiai.shared.VietnameseText;

/**
 * What the rows are checked against: the active teams the uploader manages (found by
 * their village's name), the reference lists, and the teams' current mediators.
 */
final class ImportContext {

	final Choices<Sex> sexes;

	final Choices<TeamRole> roles;

	final Choices<Background> backgrounds;

	final Choices<LegalTraining> trainings;

	final Choices<ElectionMethod> methods;

	final Ethnicities ethnicities;

	private final Map<String, List<TeamRow>> teamsByVillage = new HashMap<>();

	private final java.util.Set<String> registered = new java.util.HashSet<>();

	private final java.util.Set<Long> teamsWithLeader = new java.util.HashSet<>();

	ImportContext(List<TeamRow> teams, List<TeamMember> members, Ethnicities ethnicities, MessageSource messages) {
		for (TeamRow team : teams) {
			this.teamsByVillage.computeIfAbsent(key(team.unitName()), (k) -> new java.util.ArrayList<>()).add(team);
		}
		for (TeamMember member : members) {
			this.registered.add(memberKey(member.teamId(), member.nameFolded(), member.birthYear()));
			if (member.role() == TeamRole.LEADER) {
				this.teamsWithLeader.add(member.teamId());
			}
		}
		this.ethnicities = ethnicities;
		this.sexes = new Choices<>(Sex.class, "sex.", messages).alias("nu", Sex.FEMALE)
			.alias("f", Sex.FEMALE)
			.alias("m", Sex.MALE);
		this.roles = new Choices<>(TeamRole.class, "role.team.", messages).alias("truong", TeamRole.LEADER)
			.alias("thanh vien", TeamRole.MEMBER)
			.alias("hoa giai vien", TeamRole.MEMBER);
		this.backgrounds = new Choices<>(Background.class, "background.", messages);
		this.trainings = new Choices<>(LegalTraining.class, "legalTraining.", messages);
		this.methods = new Choices<>(ElectionMethod.class, "electionMethod.", messages);
	}

	/** The one active team of the named village, if the uploader manages it. */
	Optional<List<TeamRow>> teamsOf(String village) {
		return Optional.ofNullable(this.teamsByVillage.get(key(village)));
	}

	boolean alreadyRegistered(long teamId, String nameFolded, Integer birthYear) {
		return this.registered.contains(memberKey(teamId, nameFolded, birthYear));
	}

	boolean hasLeader(long teamId) {
		return this.teamsWithLeader.contains(teamId);
	}

	private static String memberKey(long teamId, String nameFolded, Integer birthYear) {
		return teamId + "|" + nameFolded + "|" + birthYear;
	}

	private static String key(String village) {
		return VietnameseText.fold(village).replaceAll("[^a-z0-9]", "");
	}

}
