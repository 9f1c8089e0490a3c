import { Body1, Subtitle2, makeStyles, tokens } from "@fluentui/react-components";
import { TableSimple48Regular } from "@fluentui/react-icons";
import { useTranslation } from "react-i18next";
import type { SetUpOptions } from "../../excel/workbook-port";
import { SetUpForm } from "./SetUpForm";

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalM },
  intro: {
    display: "flex",
    flexDirection: "column",
    alignItems: "flex-start",
    gap: tokens.spacingVerticalS,
  },
  icon: { color: tokens.colorBrandForeground1 },
  body: { color: tokens.colorNeutralForeground2 },
  heading: { margin: `${tokens.spacingVerticalS} 0 0` },
});

/** A workbook with no budget tables: what the add-in needs, and the set-up form. */
export function EmptyState({
  canSetUp,
  busy,
  onSetUp,
}: {
  canSetUp: boolean;
  busy: boolean;
  onSetUp: (options: SetUpOptions) => void;
}) {
  const { t } = useTranslation();
  const styles = useStyles();
  return (
    <section className={styles.root} aria-labelledby="ka2-empty-title">
      <div className={styles.intro}>
        <TableSimple48Regular className={styles.icon} aria-hidden="true" />
        <Subtitle2 as="h2" id="ka2-empty-title">
          {t("empty.title")}
        </Subtitle2>
        <Body1 className={styles.body}>{t("empty.body")}</Body1>
      </div>
      {canSetUp && (
        <>
          <Subtitle2 as="h3" className={styles.heading}>
            {t("empty.setUpHeading")}
          </Subtitle2>
          <SetUpForm busy={busy} onSubmit={onSetUp} />
        </>
      )}
    </section>
  );
}
