import { Button, Spinner, Switch, makeStyles, tokens } from "@fluentui/react-components";
import { CheckmarkCircle20Regular, Eraser20Regular } from "@fluentui/react-icons";
import { useId } from "react";
import { useTranslation } from "react-i18next";
import type { PortCapabilities } from "../../excel/workbook-port";

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS },
  buttons: { display: "flex", flexWrap: "wrap", gap: tokens.spacingHorizontalS },
  live: { marginLeft: `calc(-1 * ${tokens.spacingHorizontalS})` },
  hint: { color: tokens.colorNeutralForeground3, fontSize: tokens.fontSizeBase200 },
});

export interface CheckToolbarProps {
  capabilities: PortCapabilities;
  checking: boolean;
  busy: boolean;
  live: boolean;
  onCheck: () => void;
  onClear: () => void;
  onLiveChange: (live: boolean) => void;
}

/** Check, Clear highlights and the "check as I type" switch. */
export function CheckToolbar(props: CheckToolbarProps) {
  const { t } = useTranslation();
  const styles = useStyles();
  const hintId = useId();
  const { capabilities, checking, busy } = props;
  return (
    <div className={styles.root}>
      <div className={styles.buttons}>
        <Button
          appearance="primary"
          icon={checking ? <Spinner size="extra-tiny" /> : <CheckmarkCircle20Regular />}
          disabledFocusable={busy}
          onClick={props.onCheck}
        >
          {checking ? t("check.busy") : t("check.button")}
        </Button>
        {capabilities.highlights && (
          <Button
            icon={<Eraser20Regular />}
            // Always offered: highlights saved with the workbook outlive the pane's session.
            disabledFocusable={busy}
            onClick={props.onClear}
          >
            {t("check.clear")}
          </Button>
        )}
      </div>
      {capabilities.changeEvents ? (
        <Switch
          className={styles.live}
          checked={props.live}
          onChange={(_, data) => props.onLiveChange(data.checked)}
          label={t("check.live")}
          aria-describedby={hintId}
        />
      ) : (
        <span className={styles.hint}>{t("check.liveUnsupported")}</span>
      )}
      {capabilities.changeEvents && (
        <span id={hintId} className={styles.hint} hidden={!props.live}>
          {t("check.liveHint")}
        </span>
      )}
    </div>
  );
}
