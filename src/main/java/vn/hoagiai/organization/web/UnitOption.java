package vn.hoagiai.organization.web;

import java.util.ArrayList;
import java.util.List;

import vn.hoagiai.organization.UnitType;
import vn.hoagiai.organization.UnitView;

/**
 * A unit in a picker, indented by its depth in the tree.
 */
record UnitOption(long id, String label, UnitType type) {

	static List<UnitOption> of(List<UnitView> parentsFirst) {
		List<UnitOption> options = new ArrayList<>();
		TreeNode.forest(parentsFirst).forEach((root) -> add(root, options));
		return options;
	}

	private static void add(TreeNode node, List<UnitOption> into) {
		into.add(new UnitOption(node.unit().id().value(), "· ".repeat(node.depth()) + node.unit().name(),
				node.unit().type()));
		node.children().forEach((child) -> add(child, into));
	}

}
