import type { BudgetCategory } from "../rules";

/**
 * The Programme Guide's names of the budget categories, for the report and the application form. The Outputs table
 * means intellectual outputs in SP and implementation support in KA and SSA; the rulebook
 * names it per action.
 */
export function categoryLabel(category: BudgetCategory, outputsLabel?: string): string {
  switch (category) {
    case "management":
      return "Project management and implementation";
    case "meetings":
      return "Transnational project meetings";
    case "outputs":
      return outputsLabel ?? "Intellectual outputs";
    case "events":
      return "Multiplier events";
    case "travel":
      return "Travel (learning, teaching, training)";
    case "support":
      return "Individual support";
    case "linguistic":
      return "Linguistic support";
    case "exceptional":
      return "Exceptional costs";
    case "specialNeeds":
      return "Special needs support";
  }
}
