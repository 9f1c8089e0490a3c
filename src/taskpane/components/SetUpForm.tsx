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
import type { TFunction } from "i18next";
import { durationRule, monthsFit, type DurationRule } from "../../domain/project-rules";
import { actions, labelOf, spFields, spFormats } from "../../domain/vocabulary";
import type { SetUpOptions } from "../../excel/workbook-port";
import { defaultRulebook, type ActionCode, type SpField, type SpFormat } from "../../rules";
import { useFormat } from "../i18n/use-format";

const useStyles = makeStyles({
  form: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalM, minWidth: 0 },
  // Fluent's select and input have a minimum width; in a narrow pane they shrink to fit it.
  fit: { minWidth: 0, maxWidth: "100%", boxSizing: "border-box" },
  buttons: { display: "flex", gap: tokens.spacingHorizontalS, flexWrap: "wrap" },
});

/** The durations an action (an SP: in its field) allows, from the rulebook. */
function rulesFor(action: ActionCode, field: SpField | ""): DurationRule {
  return durationRule(defaultRulebook(), action, action === "SP" && field ? field : undefined);
}

/** Months moved into the rule's range (or to its first allowed duration) when it changes. */
function fitted(rule: DurationRule, months: number | null): number | null {
  if (months === null || monthsFit(rule, months)) return months;
  if (rule.allowedMonths) return rule.allowedMonths[0] ?? rule.min;
  return Math.min(rule.max, Math.max(rule.min, months));
}

/** "24 or 36": the numbers with the language's "or" before the last. */
function orList(numbers: readonly number[], t: TFunction): string {
  const last = numbers[numbers.length - 1];
  const rest = numbers.slice(0, -1);
  return rest.length === 0 ? String(last ?? "") : `${rest.join(", ")}${t("setUp.or")}${last}`;
}

/** What sets the youth field apart, with the rulebook's figures (a Rates table may differ). */
function youthHint(t: TFunction): string {
  const youth = defaultRulebook().actions.SP.fields?.youth;
  if (!youth) return t("setUp.fieldHintPlain");
  return t("setUp.fieldHint", {
    min: youth.duration.value.min,
    max: youth.duration.value.max,
    organisations: youth.consortium.minOrganisations.value,
    countries: youth.consortium.minCountries.value,
  });
}

export interface SetUpFormProps {
  busy: boolean;
  onSubmit: (options: SetUpOptions) => void;
  onCancel?: () => void;
}

/** The few facts "Set up budget workbook" needs: action, months, SP format and field, a title. */
export function SetUpForm({ busy, onSubmit, onCancel }: SetUpFormProps) {
  const { t } = useTranslation();
  const { language } = useFormat();
  const styles = useStyles();
  const [action, setAction] = useState<ActionCode>("SP");
  const [months, setMonths] = useState<number | null>(24);
  const [format, setFormat] = useState<SpFormat>("standard");
  // "" = no field chosen: the Field row is left blank (the education and training rules).
  const [field, setField] = useState<SpField | "">("");
  const [title, setTitle] = useState("");
  const [touched, setTouched] = useState(false);

  const rule = rulesFor(action, field);
  const monthsValid = months !== null && Number.isInteger(months) && monthsFit(rule, months);
  // The durations as the rulebook gives them ("24 or 36"), never as words of the catalogue.
  const allowed = rule.allowedMonths ? orList(rule.allowedMonths, t) : "";
  const monthsError = rule.allowedMonths
    ? t("setUp.monthsInvalidFixed", { allowed })
    : t("setUp.monthsInvalid", { min: rule.min, max: rule.max });
  const monthsHint =
    action !== "SP"
      ? t("setUp.monthsHintFixed", { allowed })
      : rule.field
        ? t("setUp.monthsHintField", {
            field: labelOf(spFields, rule.field, language),
            min: rule.min,
            max: rule.max,
          })
        : t("setUp.monthsHintSp", { min: rule.min, max: rule.max });

  const submit = (event: FormEvent) => {
    event.preventDefault();
    setTouched(true);
    if (!monthsValid || months === null) return;
    const trimmed = title.trim();
    onSubmit({
      action,
      months,
      ...(action === "SP" ? { format, ...(field ? { field } : {}) } : {}),
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
            setMonths(fitted(rulesFor(next, field), months));
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
        hint={monthsHint}
        validationState={touched && !monthsValid ? "error" : "none"}
        validationMessage={touched && !monthsValid ? monthsError : undefined}
      >
        <SpinButton
          value={months}
          min={rule.min}
          max={rule.max}
          step={rule.allowedMonths ? rule.max - rule.min || 1 : 1}
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
      {action === "SP" && (
        <Field label={t("setUp.field")} hint={youthHint(t)}>
          <Select
            className={styles.fit}
            value={field}
            onChange={(_, data) => {
              const next = data.value as SpField | "";
              setField(next);
              setMonths(fitted(rulesFor(action, next), months));
            }}
          >
            <option value="">{t("setUp.fieldNone")}</option>
            {spFields.entries.map((entry) => (
              <option key={entry.code} value={entry.code}>
                {labelOf(spFields, entry.code, language)}
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
