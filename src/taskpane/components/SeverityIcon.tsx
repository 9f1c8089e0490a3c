import { ErrorCircle16Filled, Info16Filled, Warning16Filled } from "@fluentui/react-icons";
import type { Severity } from "../../domain/findings";
import { useSeverityStyles } from "./severity-style";

/** The icon of a severity in its colour; decorative (the text beside it says the severity). */
export function SeverityIcon({ severity }: { severity: Severity }) {
  const styles = useSeverityStyles();
  const Icon =
    severity === "error"
      ? ErrorCircle16Filled
      : severity === "warning"
        ? Warning16Filled
        : Info16Filled;
  return <Icon className={styles[severity]} aria-hidden="true" />;
}
