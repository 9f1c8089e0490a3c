import {
  Button,
  Dialog,
  DialogActions,
  DialogBody,
  DialogContent,
  DialogSurface,
  DialogTitle,
} from "@fluentui/react-components";
import { useTranslation } from "react-i18next";

/**
 * Asks before the Form summary sheet the workbook already has is replaced. Keep comes first,
 * so the dialog opens with focus on the safe choice and Enter does not destroy anything.
 */
export function ReplaceSheetDialog({
  sheet,
  open,
  onReplace,
  onKeep,
}: {
  sheet: string;
  open: boolean;
  onReplace: () => void;
  onKeep: () => void;
}) {
  const { t } = useTranslation();
  return (
    <Dialog
      open={open}
      modalType="alert"
      onOpenChange={(_, data) => {
        if (!data.open) onKeep();
      }}
    >
      <DialogSurface>
        <DialogBody>
          <DialogTitle>{t("export.replaceTitle", { sheet })}</DialogTitle>
          <DialogContent>{t("export.replaceBody", { sheet })}</DialogContent>
          <DialogActions>
            <Button appearance="primary" onClick={onKeep}>
              {t("export.keep")}
            </Button>
            <Button appearance="secondary" onClick={onReplace}>
              {t("export.replace")}
            </Button>
          </DialogActions>
        </DialogBody>
      </DialogSurface>
    </Dialog>
  );
}
