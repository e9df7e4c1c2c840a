package vn.hoagiai.organization.web;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import vn.hoagiai.organization.UnitView;
import vn.hoagiai.shared.UnitId;

/**
 * A unit with the units below it, for the collapsible tree.
 */
record TreeNode(UnitView unit, int depth, List<TreeNode> children) {

	/** Builds the forest from units listed parents first. */
	static List<TreeNode> forest(List<UnitView> parentsFirst) {
		Map<UnitId, TreeNode> nodes = new HashMap<>();
		List<TreeNode> roots = new ArrayList<>();
		for (UnitView unit : parentsFirst) {
			TreeNode parent = (unit.parentId() != null) ? nodes.get(unit.parentId()) : null;
			TreeNode node = new TreeNode(unit, (parent != null) ? parent.depth() + 1 : 0, new ArrayList<>());
			nodes.put(unit.id(), node);
			if (parent != null) {
				parent.children().add(node);
			}
			else {
				roots.add(node);
			}
		}
		return roots;
	}

	/** Households of the villages in this subtree, or null when none are known. */
	public Integer households() {
		Integer own = this.unit.households();
		int total = (own != null) ? own : 0;
		boolean known = own != null;
		for (TreeNode child : this.children) {
			Integer below = child.households();
			if (below != null) {
				total += below;
				known = true;
			}
		}
		return known ? total : null;
	}

}
