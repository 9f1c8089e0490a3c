import {
  Button,
  Field,
  Input,
  Radio,
  RadioGroup,
  Select,
  SpinButton,
  Spinner,
  makeStyles,
  tokens,
} from "@fluentui/react-components";
import { TableAdd20Regular } from "@fluentui/react-icons";
import { useState, type FormEvent } from "react";
import { useTranslation } from "react-i18next";
import { actions, labelOf, spFormats } from "../../domain/vocabulary";
import type { SetUpOptions } from "../../excel/workbook-port";
import { defaultRulebook, type ActionCode, type SpFormat } from "../../rules";
import { useFormat } from "../i18n/use-format";

const useStyles = makeStyles({
  form: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalM, minWidth: 0 },
  // Fluent's select and input have a minimum width; in a narrow pane they shrink to fit it.
  fit: { minWidth: 0, maxWidth: "100%", boxSizing: "border-box" },
  buttons: { display: "flex", gap: tokens.spacingHorizontalS, flexWrap: "wrap" },
});

/** The durations an action allows, from the rulebook. */
function durationRule(action: ActionCode): { min: number; max: number; allowed?: number[] } {
  const duration = defaultRulebook().actions[action].duration.value;
  return { min: duration.min, max: duration.max, allowed: duration.allowedMonths };
}

export interface SetUpFormProps {
  busy: boolean;
  onSubmit: (options: SetUpOptions) => void;
  onCancel?: () => void;
}

/** The few facts "Set up budget workbook" needs: action, months, SP format and a title. */
export function SetUpForm({ busy, onSubmit, onCancel }: SetUpFormProps) {
  const { t } = useTranslation();
  const { language } = useFormat();
  const styles = useStyles();
  const [action, setAction] = useState<ActionCode>("SP");
  const [months, setMonths] = useState<number | null>(24);
  const [format, setFormat] = useState<SpFormat>("standard");
  const [title, setTitle] = useState("");
  const [touched, setTouched] = useState(false);

  const rule = durationRule(action);
  const monthsValid =
    months !== null &&
    Number.isInteger(months) &&
    (rule.allowed ? rule.allowed.includes(months) : months >= rule.min && months <= rule.max);
  const monthsError = rule.allowed
    ? t("setUp.monthsInvalidFixed")
    : t("setUp.monthsInvalid", { min: rule.min, max: rule.max });

  const submit = (event: FormEvent) => {
    event.preventDefault();
    setTouched(true);
    if (!monthsValid || months === null) return;
    const trimmed = title.trim();
    onSubmit({
      action,
      months,
      ...(action === "SP" ? { format } : {}),
      ...(trimmed ? { title: trimmed } : {}),
    });
  };

  return (
    <form className={styles.form} onSubmit={submit} noValidate>
      <Field label={t("setUp.action")}>
        <RadioGroup
          value={action}
          onChange={(_, data) => {
            const next = data.value as ActionCode;
            setAction(next);
            const nextRule = durationRule(next);
            if (months !== null && nextRule.allowed && !nextRule.allowed.includes(months)) {
              setMonths(nextRule.allowed[0] ?? nextRule.min);
            }
          }}
        >
          {actions.entries.map((entry) => (
            <Radio
              key={entry.code}
              value={entry.code}
              label={`${labelOf(actions, entry.code, language)} (${entry.code})`}
            />
          ))}
        </RadioGroup>
      </Field>
      <Field
        label={t("setUp.months")}
        hint={action === "SP" ? t("setUp.monthsHintSp") : t("setUp.monthsHintFixed")}
        validationState={touched && !monthsValid ? "error" : "none"}
        validationMessage={touched && !monthsValid ? monthsError : undefined}
      >
        <SpinButton
          value={months}
          min={rule.min}
          max={rule.max}
          step={rule.allowed ? rule.max - rule.min || 1 : 1}
          onChange={(_, data) => {
            const typed = data.value ?? (data.displayValue ? Number(data.displayValue) : null);
            setMonths(typed === null || Number.isNaN(typed) ? null : typed);
          }}
        />
      </Field>
      {action === "SP" && (
        <Field label={t("setUp.format")}>
          <Select
            className={styles.fit}
            value={format}
            onChange={(_, data) => setFormat(data.value as SpFormat)}
          >
            {spFormats.entries.map((entry) => (
              <option key={entry.code} value={entry.code}>
                {labelOf(spFormats, entry.code, language)}
              </option>
            ))}
          </Select>
        </Field>
      )}
      <Field label={t("setUp.title")}>
        <Input
          className={styles.fit}
          value={title}
          onChange={(_, data) => setTitle(data.value)}
          maxLength={250}
        />
      </Field>
      <div className={styles.buttons}>
        <Button
          type="submit"
          appearance="primary"
          icon={busy ? <Spinner size="extra-tiny" /> : <TableAdd20Regular />}
          disabledFocusable={busy}
        >
          {busy ? t("setUp.busy") : t("setUp.submit")}
        </Button>
        {onCancel && (
          <Button appearance="subtle" onClick={onCancel} disabled={busy}>
            {t("setUp.cancel")}
          </Button>
        )}
      </div>
    </form>
  );
}
